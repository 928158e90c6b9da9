/**
 * How a ChangeSet becomes one SQLite transaction, written as self-contained functions (they use
 * only their arguments), so the same code runs in the serving thread (`data
 * import`) and, as source text, in the writer thread of `serve --data` (threaded-sqlite-store.ts).
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite'
import type { ChangeSet } from '../sandbox/persistence/state-store.ts'
import type { PackedChanges, unpackChanges } from './packed-changes.ts'

export interface WriterStatements {
  /** The last row order number given; a new row goes after it. */
  seq: number
  insertRow: StatementSync
  updateRow: StatementSync
  deleteRow: StatementSync
  clearCollection: StatementSync
  putValue: StatementSync
  putJournal: StatementSync
  keepJournalFrom: StatementSync
  trimJournal: StatementSync
}

export function prepareWriter(db: DatabaseSync): WriterStatements {
  return {
    // Rows are in rowid order as they are in seq order (sqlite-schema.ts): the last is the highest.
    seq: Number(db.prepare('SELECT seq FROM rows ORDER BY rowid DESC LIMIT 1').get()?.seq ?? 0),
    insertRow: db.prepare(
      'INSERT OR REPLACE INTO rows (collection, key, seq, data) VALUES (?, ?, ?, ?)',
    ),
    updateRow: db.prepare('UPDATE rows SET data = ? WHERE collection = ? AND key = ?'),
    deleteRow: db.prepare('DELETE FROM rows WHERE collection = ? AND key = ?'),
    clearCollection: db.prepare('DELETE FROM rows WHERE collection = ?'),
    putValue: db.prepare('INSERT OR REPLACE INTO vals (name, data) VALUES (?, ?)'),
    putJournal: db.prepare(
      'INSERT OR REPLACE INTO journal_batches (last_id, kept_from, data) VALUES (?, ?, ?)',
    ),
    keepJournalFrom: db.prepare(
      'UPDATE journal_batches SET kept_from = ? WHERE last_id = (SELECT max(last_id) FROM journal_batches)',
    ),
    trimJournal: db.prepare('DELETE FROM journal_batches WHERE last_id < ?'),
  }
}

/** Applies the changes in one transaction: all of them, or (on an error, rethrown) none. */
export function applyChanges(
  db: DatabaseSync,
  statements: WriterStatements,
  changes: ChangeSet,
): void {
  db.exec('BEGIN')
  try {
    if (changes.replaceAll)
      db.exec('DELETE FROM rows; DELETE FROM vals; DELETE FROM journal_batches')
    for (const collection of changes.cleared) statements.clearCollection.run(collection)
    for (const { collection, key, data, inserted } of changes.rows) {
      if (data === undefined) statements.deleteRow.run(collection, key)
      else if (inserted || statements.updateRow.run(data, collection, key).changes === 0)
        statements.insertRow.run(collection, key, ++statements.seq, data)
    }
    for (const [name, data] of changes.values) statements.putValue.run(name, data)
    if (changes.journal) {
      // One row for the commit's entries (a JSON array of their texts), not one per entry.
      const { added, oldestKept } = changes.journal
      const last = added[added.length - 1]
      if (last) {
        let data = '['
        for (let at = 0; at < added.length; at++) data += (at > 0 ? ',' : '') + added[at]?.[1]
        statements.putJournal.run(last[0], oldestKept, `${data}]`)
      } else statements.keepJournalFrom.run(oldestKept)
      statements.trimJournal.run(oldestKept)
    }
    db.exec('COMMIT')
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
}

/** The settings every connection to a data file uses (WAL, synchronous=NORMAL). */
export function configureConnection(db: DatabaseSync): void {
  db.exec('PRAGMA journal_mode = WAL')
  db.exec('PRAGMA synchronous = NORMAL')
  // Fewer, larger checkpoints: each one syncs the file, the costly part of a write here.
  db.exec('PRAGMA wal_autocheckpoint = 4000')
}

/**
 * The writer thread: opens the file, then applies each ChangeSet it is sent and answers its id
 * once committed (or with the error). Runs from source text, so it gets its helpers as arguments.
 */
export function writerThread(
  // The thread's own `require`, passed in: a bundler rewrites a `require` it sees in the source.
  load: (id: string) => unknown,
  configure: typeof configureConnection,
  prepare: typeof prepareWriter,
  apply: typeof applyChanges,
  unpack: typeof unpackChanges,
): void {
  const { parentPort, workerData } = load(
    'node:worker_threads',
  ) as typeof import('node:worker_threads') & {
    parentPort: import('node:worker_threads').MessagePort
  }
  const { DatabaseSync } = load('node:sqlite') as typeof import('node:sqlite')
  const db = new DatabaseSync(workerData.path)
  configure(db)
  const statements = prepare(db)
  parentPort.on('message', (message: { id: number; changes?: PackedChanges; close?: boolean }) => {
    if (message.close) {
      db.close()
      parentPort.postMessage({ id: message.id })
      parentPort.close()
      return
    }
    try {
      apply(db, statements, unpack(message.changes as PackedChanges))
      parentPort.postMessage({ id: message.id })
    } catch (error) {
      parentPort.postMessage({ id: message.id, error: String((error as Error).message ?? error) })
    }
  })
}
