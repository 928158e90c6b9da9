/**
 * How a ChangeSet becomes one SQLite transaction, in the serving thread: `serve --data` commits
 * each turn's answers together before they leave (state-tracker.ts), `data import` a whole file.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite'
import type { ChangeSet } from '../sandbox/persistence/state-store.ts'

export interface WriterStatements {
  /**
   * A collection's rows, key → rowid: as the file was loaded, or read from it the first time the
   * collection is written. Rows are found by it, so `rows` keeps no index on (collection, key) up
   * to date: keys are random, so every insert and delete dirtied an index page of its own
   * (measured: ~60% of the pages a track-call commit wrote; without them the writer used ~40%
   * less CPU per request).
   */
  keysOf(collection: string): Map<string, number>
  /** Forgets what was read (a rollback, a replacement): read again on the next write. */
  forgetKeys(): void
  insertRow: StatementSync
  updateRow: StatementSync
  deleteRow: StatementSync
  clearCollection: StatementSync
  putValue: StatementSync
  putJournal: StatementSync
  keepJournalFrom: StatementSync
  trimJournal: StatementSync
}

/** `known`: each collection's key → rowid, when the caller read them already. */
export function prepareWriter(
  db: DatabaseSync,
  known = new Map<string, Map<string, number>>(),
): WriterStatements {
  // Two JSON arrays in one row: measured on 500,000 contacts, 0.85 s against 1.4 s for a row each.
  const rowsOf = db.prepare(
    'SELECT json_group_array(key) AS keys, json_group_array(rowid) AS rowids FROM rows WHERE collection = ?',
  )
  return {
    keysOf: (collection) => {
      let keys = known.get(collection)
      if (!keys) {
        keys = new Map()
        const rows = rowsOf.get(collection) as { keys: string; rowids: string }
        const rowids = JSON.parse(rows.rowids) as number[]
        const names = JSON.parse(rows.keys) as string[]
        for (let at = 0; at < names.length; at++)
          keys.set(names[at] as string, rowids[at] as number)
        known.set(collection, keys)
      }
      return keys
    },
    forgetKeys: () => known.clear(),
    // A new rowid is above every other: a new row goes last in its collection's order.
    insertRow: db.prepare('INSERT INTO rows (collection, key, data) VALUES (?, ?, ?)'),
    updateRow: db.prepare('UPDATE rows SET data = ? WHERE rowid = ?'),
    deleteRow: db.prepare('DELETE FROM rows WHERE rowid = ?'),
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
    if (changes.replaceAll) {
      db.exec('DELETE FROM rows; DELETE FROM vals; DELETE FROM journal_batches')
      statements.forgetKeys()
    }
    for (const collection of changes.cleared) {
      statements.clearCollection.run(collection)
      statements.keysOf(collection).clear()
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
    // The keys read took this transaction's rows as they went.
    statements.forgetKeys()
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
