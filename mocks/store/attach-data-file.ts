/**
 * `startServer({ data })`: the sandbox's state kept in a SQLite data file. A file that holds a
 * sandbox is loaded into it; a new one is created and the sandbox saved in it. From then on every
 * answered request's changes are in the file before the answer leaves (state-tracker.ts).
 *
 * @example
 * const data = await attachDataFile(sandbox, './sandbox.db')
 * data.restored // false the first time
 */
import type { Sandbox } from '../create-sandbox.ts'
import { attachStore } from '../sandbox/persistence/state-tracker.ts'
import { openSqliteStore } from './sqlite-store.ts'
import { StoreFileError } from './store-file-error.ts'

export interface DataFile {
  /** The file, as given. */
  readonly location: string
  /** True when the file already held a sandbox, which is what now answers. */
  readonly restored: boolean
  /** Saves what changed outside a request (fixtures loaded at start); settles once it is saved. */
  flush(): Promise<void>
  /** Saves what is left and releases the file. */
  close(): Promise<void>
}

export async function attachDataFile(sandbox: Sandbox, path: string): Promise<DataFile> {
  const store = await openSqliteStore(path)
  let tracker: ReturnType<typeof attachStore>
  try {
    tracker = attachStore(sandbox.core, store)
  } catch (error) {
    store.close()
    if (error instanceof StoreFileError) throw error
    // Rows that decode but do not fit this sandbox (edited by hand, another version's layout).
    throw new StoreFileError(
      `cannot load data file "${path}": ${((error as Error).message ?? String(error)).split('\n')[0]}`,
    )
  }
  return {
    location: path,
    restored: tracker.restored,
    flush: async () => {
      await tracker.flush()
    },
    close: () => tracker.close(),
  }
}
