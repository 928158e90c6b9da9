/**
 * How a ChangeSet becomes one SQLite transaction, written as self-contained functions (they use
 * only their arguments), so the same code runs in the serving thread (`data
 * import`) and, as source text, in the writer thread of `serve --data` (threaded-sqlite-store.ts).
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite'
import type { ChangeSet } from '../sandbox/persistence/state-store.ts'
import type { PackedChanges, unpackChanges } from './packed-changes.ts'

export interface WriterStatements {
  /**
   * Each collection's rows, key → rowid. Rows are found by it, so `rows` has no index on
   * (collection, key) to keep up to date: keys are random, so every insert and delete dirtied an
   * index page of its own (measured: ~60% of the pages a track-call commit wrote, and without
   * them the writer used ~45% less CPU per request). Rebuilt from the file after a rollback.
   */
  rowids: Map<string, Map<string, number>>
  reloadRowids(): void
  insertRow: StatementSync
  updateRow: StatementSync
  deleteRow: StatementSync
  putValue: StatementSync
  putJournal: StatementSync
  keepJournalFrom: StatementSync
  trimJournal: StatementSync
}

export function prepareWriter(db: DatabaseSync): WriterStatements {
  const rowids = new Map<string, Map<string, number>>()
  const everyRow = db.prepare('SELECT rowid, collection, key FROM rows')
  const reloadRowids = () => {
    rowids.clear()
    for (const row of everyRow.iterate()) {
      const collection = row.collection as string
      let keys = rowids.get(collection)
      if (!keys) {
        keys = new Map()
        rowids.set(collection, keys)
      }
      keys.set(row.key as string, Number(row.rowid))
    }
  }
  reloadRowids()
  return {
    rowids,
    reloadRowids,
    // A new rowid is above every other: a new row goes last in its collection's order.
    insertRow: db.prepare('INSERT INTO rows (collection, key, data) VALUES (?, ?, ?)'),
    updateRow: db.prepare('UPDATE rows SET data = ? WHERE rowid = ?'),
    deleteRow: db.prepare('DELETE FROM rows WHERE rowid = ?'),
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
  const { rowids } = statements
  db.exec('BEGIN')
  try {
    if (changes.replaceAll) {
      db.exec('DELETE FROM rows; DELETE FROM vals; DELETE FROM journal_batches')
      rowids.clear()
    }
    for (const collection of changes.cleared) {
      for (const rowid of rowids.get(collection)?.values() ?? []) statements.deleteRow.run(rowid)
      rowids.delete(collection)
    }
    for (const { collection, key, data, inserted } of changes.rows) {
      let keys = rowids.get(collection)
      const rowid = keys?.get(key)
      if (data === undefined) {
        if (rowid === undefined) continue
        statements.deleteRow.run(rowid)
        keys?.delete(key)
      } else if (rowid !== undefined && !inserted) statements.updateRow.run(data, rowid)
      else {
        // Inserted again (deleted and re-created): it leaves its place and goes last.
        if (rowid !== undefined) statements.deleteRow.run(rowid)
        if (!keys) {
          keys = new Map()
          rowids.set(collection, keys)
        }
        keys.set(key, Number(statements.insertRow.run(collection, key, data).lastInsertRowid))
      }
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
    // The map took this transaction's rows as they went.
    statements.reloadRowids()
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
