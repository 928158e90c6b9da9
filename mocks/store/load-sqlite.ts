/**
 * `node:sqlite`, loaded only when a data file is asked for: the in-memory sandbox and the browser
 * entries never import it. It is in Node 22.13+ without a flag (22.5–22.12 need
 * `--experimental-sqlite`), and Node 22 prints an ExperimentalWarning once when it loads; Node 24
 * does not.
 */
import { StoreFileError } from './store-file-error.ts'

export async function loadSqlite(): Promise<typeof import('node:sqlite')> {
  try {
    return await import('node:sqlite')
  } catch {
    throw new StoreFileError(
      `--data needs node:sqlite, which this Node (${process.version}) does not have without a flag: use Node ≥ 22.13, or run Node 22.5–22.12 with --experimental-sqlite`,
    )
  }
}
