/**
 * How a ChangeSet becomes one SQLite transaction, in the serving thread: `serve --data` commits
 * each turn's answers together before they leave (state-tracker.ts), `data import` a whole file.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite'
import type { ChangeSet } from '../sandbox/persistence/state-store.ts'

export interface WriterStatements {
  /**
   * A collection's rows, key → rowid: as the file was loaded, or read from it on the first write
   * after a rollback. Rows are found by it, so the file keeps no index on `rows` up to date
   * (sqlite-schema.ts, version 3).
   */
  keysOf(collection: string): Map<string, number>
  /** Every row was deleted: each collection starts empty. */
  noKeys(): void
  /** The maps may be wrong (a rollback): read them from the file again on the next write. */
  rereadKeys(): void
  insertRow: StatementSync
  updateRow: StatementSync
  deleteRow: StatementSync
  deleteRows: StatementSync
  putValue: StatementSync
  putJournal: StatementSync
  keepJournalFrom: StatementSync
  trimJournal: StatementSync
}

/**
 * `known`: each collection's key → rowid, when the caller read every row already (a collection
 * it has no map for has no rows); else they are read from the file on the first write.
 */
export function prepareWriter(
  db: DatabaseSync,
  known?: Map<string, Map<string, number>>,
): WriterStatements {
  let keys = known
  return {
    keysOf: (collection) => {
      keys ??= readKeys(db)
      return keysIn(keys, collection)
    },
    noKeys: () => {
      keys = new Map()
    },
    rereadKeys: () => {
      keys = undefined
    },
    // A new rowid is above every other: a new row goes last in its collection's order.
    insertRow: db.prepare('INSERT INTO rows (collection, key, data) VALUES (?, ?, ?)'),
    updateRow: db.prepare('UPDATE rows SET data = ? WHERE rowid = ?'),
    deleteRow: db.prepare('DELETE FROM rows WHERE rowid = ?'),
    // A JSON array of rowids: one statement for a whole collection.
    deleteRows: db.prepare('DELETE FROM rows WHERE rowid IN (SELECT value FROM json_each(?))'),
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

/** A collection's key → rowid map among every collection's, made (empty) when it has none yet. */
export function keysIn(
  keys: Map<string, Map<string, number>>,
  collection: string,
): Map<string, number> {
  let collectionKeys = keys.get(collection)
  if (!collectionKeys) {
    collectionKeys = new Map()
    keys.set(collection, collectionKeys)
  }
  return collectionKeys
}

/** Every collection's key → rowid, read from the whole table. */
function readKeys(db: DatabaseSync): Map<string, Map<string, number>> {
  const keys = new Map<string, Map<string, number>>()
  for (const row of db.prepare('SELECT rowid, collection, key FROM rows').iterate())
    keysIn(keys, row.collection as string).set(row.key as string, row.rowid as number)
  return keys
}

/** Applies the changes in one transaction: all of them, or (on an error, rethrown) none. */
export function applyChanges(
  db: DatabaseSync,
  statements: WriterStatements,
  changes: ChangeSet,
): void {
  db.exec('BEGIN')
  try {
    if (changes.replaceAll) {
      db.exec('DELETE FROM rows; DELETE FROM vals; DELETE FROM journal_batches')
      statements.noKeys()
    }
    for (const collection of changes.cleared) {
      // By rowid: with no index on the collection, a DELETE … WHERE collection = ? reads the table.
      const keys = statements.keysOf(collection)
      if (keys.size > 0) statements.deleteRows.run(JSON.stringify([...keys.values()]))
      keys.clear()
    }
    let collection: string | undefined
    let keys: Map<string, number> | undefined
    for (const row of changes.rows) {
      if (row.collection !== collection) {
        collection = row.collection
        keys = statements.keysOf(collection)
      }
      const { key, data } = row
      const rowid = keys?.get(key)
      if (data === undefined) {
        if (rowid === undefined) continue
        statements.deleteRow.run(rowid)
        keys?.delete(key)
      } else if (rowid !== undefined && !row.inserted) statements.updateRow.run(data, rowid)
      else {
        // Inserted again (deleted and re-created): it leaves its place and goes last.
        if (rowid !== undefined) statements.deleteRow.run(rowid)
        keys?.set(key, Number(statements.insertRow.run(row.collection, key, data).lastInsertRowid))
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
    // The maps took this transaction's rows as they went.
    statements.rereadKeys()
    throw error
  }
}

/** The settings every connection to a data file uses (WAL, synchronous=NORMAL). */
export function configureConnection(db: DatabaseSync): void {
  db.exec('PRAGMA journal_mode = WAL')
  db.exec('PRAGMA synchronous = NORMAL')
  // Fewer, larger checkpoints: each syncs the file, and copies each page once however many
  // commits rewrote it, so a longer WAL costs less per commit. Measured on the track call with
  // --data (12 s rounds): 0.84 of in memory at 16,000 pages (a WAL file of ~64 MB), 0.79 at
  // 4,000, 0.82 at 1,000 (3 s rounds); p99 7 ms against 11.
  db.exec('PRAGMA wal_autocheckpoint = 16000')
}
