/**
 * The SQLite backend of the store boundary (`serve --data ./sandbox.db`), through `node:sqlite`:
 * WAL with synchronous=NORMAL, so a committed write survives the process being killed (`kill -9`)
 * though not a power cut. One sandbox writes a file at a time; readers (`data export`) may share it. The file says
 * what it is: `application_id` marks it as martech-sandbox's, `user_version` is its schema
 * version, brought forward by MIGRATIONS. Any other file (text, another program's database, a
 * newer schema, a damaged one) is refused with a StoreFileError before anything is written to it.
 *
 * @example
 * const store = await openSqliteStore('./sandbox.db')
 * const stored = store.load() // undefined for a new file
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import type { DatabaseSync } from 'node:sqlite'
import type { ChangeSet, StateStore, StoredState } from '../sandbox/persistence/state-store.ts'
import { loadSqlite } from './load-sqlite.ts'
import { MIGRATIONS, migrate } from './sqlite-schema.ts'
import {
  applyChanges,
  configureConnection,
  keysIn,
  prepareWriter,
  type WriterStatements,
} from './sqlite-writer.ts'
import { StoreFileError } from './store-file-error.ts'

export { StoreFileError }

/** "MTSB" — marks a SQLite file as a martech-sandbox data file (PRAGMA application_id). */
export const APPLICATION_ID = 0x4d545342

export interface SqliteStoreOptions {
  /** Schema migrations, for tests of the mechanism. @default MIGRATIONS */
  migrations?: ReadonlyArray<(db: DatabaseSync) => void>
}

export async function openSqliteStore(
  path: string,
  options: SqliteStoreOptions = {},
): Promise<SqliteStore> {
  checkHeader(path)
  const sqlite = await loadSqlite()
  let db: DatabaseSync
  try {
    db = new sqlite.DatabaseSync(path)
  } catch (error) {
    throw new StoreFileError(`cannot open data file "${path}": ${(error as Error).message}`)
  }
  try {
    const migrations = options.migrations ?? MIGRATIONS
    checkIdentity(db, path, migrations.length)
    configureConnection(db)
    migrate(db, migrations, APPLICATION_ID)
    return new SqliteStore(db, path)
  } catch (error) {
    db.close()
    if (error instanceof StoreFileError) throw error
    throw new StoreFileError(`cannot use data file "${path}": ${oneLine(error)}`)
  }
}

const SQLITE_HEADER = 'SQLite format 3\u0000'

/** Refuses a file that is not SQLite at all, before SQLite opens it. */
function checkHeader(path: string): void {
  if (!existsSync(path) || statSync(path).size === 0) return
  if (statSync(path).isDirectory()) throw new StoreFileError(`data file "${path}" is a directory`)
  const header = Buffer.alloc(16)
  const fd = openSync(path, 'r')
  try {
    readSync(fd, header, 0, 16, 0)
  } finally {
    closeSync(fd)
  }
  if (header.toString('latin1') !== SQLITE_HEADER)
    throw new StoreFileError(
      `data file "${path}" is not a martech-sandbox data file (not SQLite); give --data a new file name`,
    )
}

/** A new file, one of ours at a version this code reads, or a refusal. */
function checkIdentity(db: DatabaseSync, path: string, version: number): void {
  const applicationId = Number(pragma(db, 'application_id'))
  const userVersion = Number(pragma(db, 'user_version'))
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()
    ?.n as number
  if (applicationId === 0 && userVersion === 0 && tables === 0) return
  if (applicationId !== APPLICATION_ID)
    throw new StoreFileError(
      `data file "${path}" is another program's SQLite database, not martech-sandbox's; give --data a new file name`,
    )
  if (userVersion > version)
    throw new StoreFileError(
      `data file "${path}" has schema version ${userVersion}, newer than this martech-sandbox reads (${version}); upgrade martech-sandbox`,
    )
}

function pragma(db: DatabaseSync, name: string): unknown {
  const row = db.prepare(`PRAGMA ${name}`).get() as Record<string, unknown> | undefined
  return row ? Object.values(row)[0] : undefined
}

function oneLine(error: unknown): string {
  return ((error as Error).message ?? String(error)).split('\n')[0] as string
}

export class SqliteStore implements StateStore {
  readonly location: string
  readonly #db: DatabaseSync
  #writer: WriterStatements | undefined

  constructor(db: DatabaseSync, location: string) {
    this.#db = db
    this.location = location
  }

  load(): StoredState | undefined {
    try {
      const values = new Map<string, string>()
      for (const row of this.#db.prepare('SELECT name, data FROM vals').all())
        values.set(row.name as string, row.data as string)
      if (!values.has('core')) return undefined
      const collections = new Map<string, Array<[string, string]>>()
      // The rowids read here are what writes find rows by (sqlite-writer.ts): read once, now,
      // rather than on a collection's first write, which would hold up the request making it.
      const keys = new Map<string, Map<string, number>>()
      // The table in its own order: each collection's rows come in their order (sqlite-schema.ts).
      const rows = this.#db.prepare('SELECT rowid, collection, key, data FROM rows ORDER BY rowid')
      let current: Array<[string, string]> | undefined
      let currentKeys: Map<string, number> | undefined
      let currentName: string | undefined
      for (const row of rows.iterate()) {
        const name = row.collection as string
        if (name !== currentName) {
          currentName = name
          current = collections.get(name)
          if (!current) {
            current = []
            collections.set(name, current)
          }
          currentKeys = keysIn(keys, name)
        }
        current?.push([row.key as string, row.data as string])
        currentKeys?.set(row.key as string, row.rowid as number)
      }
      this.#writer = prepareWriter(this.#db, keys)
      return { values, collections, journal: this.#journal() }
    } catch (error) {
      throw new StoreFileError(`cannot read data file "${this.location}": ${oneLine(error)}`)
    }
  }

  /** Each entry's text, oldest first, from the journal's rows (one per commit). */
  #journal(): string[] {
    const batches = this.#db
      .prepare('SELECT kept_from, data FROM journal_batches ORDER BY last_id')
      .all()
    const keptFrom = Number(batches.at(-1)?.kept_from ?? 0)
    const journal: string[] = []
    for (const batch of batches) {
      for (const entry of JSON.parse(batch.data as string) as Array<{ id: number }>)
        if (entry.id >= keptFrom) journal.push(JSON.stringify(entry))
    }
    return journal
  }

  write(changes: ChangeSet): void {
    this.#writer ??= prepareWriter(this.#db)
    applyChanges(this.#db, this.#writer, changes)
  }

  close(): void {
    if (this.#db.isOpen) this.#db.close()
  }
}
