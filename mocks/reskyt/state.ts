/** Reskyt's state in one sandbox: the devices an account's app knows and the outbox of pushes. */
import { createOutboxTables } from './push/outbox.ts'

export function createReskytState() {
  return createOutboxTables()
}

export type ReskytState = ReturnType<typeof createReskytState>
