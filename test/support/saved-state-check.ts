/**
 * The persistence check of a `serve --data` target: a second sandbox loaded from the data file
 * must hold exactly what the running one holds (every table row, tracked key, plain value,
 * account, key, fault, clock setting, id position and journal entry). A write path the store
 * does not hear of (a record changed in place without `touch`) fails here, naming the field.
 */
import { expect } from 'vitest'
import { createSandbox } from '../../mocks/create-sandbox.ts'
import { encode } from '../../mocks/sandbox/persistence/codec.ts'
import { captureState } from '../../mocks/sandbox/persistence/saved-state.ts'
import { StateTracker } from '../../mocks/sandbox/persistence/state-tracker.ts'
import type { RunningServer } from '../../mocks/server/start-server.ts'
import { openSqliteStore } from '../../mocks/store/sqlite-store.ts'

/** What a sandbox holds, as plain JSON values (Maps and Sets tagged), for a readable diff. */
export function heldState(sandbox: { core: Parameters<typeof captureState>[0] }): unknown {
  return JSON.parse(encode(captureState(sandbox.core)))
}

export async function loadDataFile(path: string) {
  const store = await openSqliteStore(path)
  const copy = createSandbox()
  try {
    // Loading only reads: the tracker writes nothing to a file that holds a sandbox.
    new StateTracker(copy.core, store)
  } finally {
    store.close()
  }
  return copy
}

export async function expectSavedAsHeld(running: RunningServer): Promise<void> {
  // Background slices (an import between turns) are saved on the next turn.
  await new Promise((resolve) => setImmediate(resolve))
  await running.data?.flush()
  const copy = await loadDataFile(running.data?.location as string)
  expect(heldState(copy), 'the sandbox loaded from the data file').toEqual(
    heldState(running.sandbox),
  )
}
