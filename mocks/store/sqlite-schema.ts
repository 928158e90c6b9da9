/**
 * The data file's schema and its forward migrations: MIGRATIONS[n] brings a file from version n
 * to n + 1 (`PRAGMA user_version`), each in its own transaction, so a file is always at one
 * version. A new file runs them all; a file from an older martech-sandbox runs the rest. A
 * migration is never edited once released: a change of layout is a new one at the end.
 *
 * @example
 * migrate(db, MIGRATIONS, APPLICATION_ID) // a new or older file, now at SCHEMA_VERSION
 */
import type { DatabaseSync } from 'node:sqlite'

export const MIGRATIONS: ReadonlyArray<(db: DatabaseSync) => void> = [
  // 0 → 1: named values (core, ids, clock, each service's plain values), ordered collections of
  // rows (tables, tracked maps and sets, parts saved apart), and the request journal. `rows` is a
  // rowid table: measured here, a WITHOUT ROWID one took 6× as long to insert 100k contacts of
  // ~300 bytes (14.8 s against 2.5 s), its rows being the b-tree's keys.
  (db) =>
    db.exec(`
      CREATE TABLE vals (name TEXT PRIMARY KEY, data TEXT NOT NULL);
      CREATE TABLE rows (
        collection TEXT NOT NULL,
        key TEXT NOT NULL,
        seq INTEGER NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (collection, key)
      );
      CREATE INDEX rows_in_order ON rows (collection, seq);
      CREATE TABLE journal (id INTEGER PRIMARY KEY, data TEXT NOT NULL);
    `),
  // 1 → 2: fewer statements and pages per commit (measured on the track-call bench: a commit of
  // ~18 requests wrote ~44 pages, 2 system calls each, most of them for index pages).
  // - The journal is a row per commit (`journal_batches`): the commit's entries as one JSON array,
  //   keyed by its newest id, with the oldest id the journal kept after it (`kept_from`, which
  //   the newest row holds), so trimming drops whole rows and a load drops the older entries of
  //   the row it cut through.
  // - `rows` has no index on (collection, key): its rowid order is each collection's order (a new
  //   row gets a rowid above every other), and the writer finds a row's rowid by key in memory
  //   (sqlite-writer.ts), reading a collection's keys through `rows_by_collection`, whose
  //   entries go in and out at the ends of a collection's run. Rebuilt in (collection, seq)
  //   order, so every row keeps its place.
  (db) =>
    db.exec(`
      CREATE TABLE journal_batches (
        last_id INTEGER PRIMARY KEY,
        kept_from INTEGER NOT NULL,
        data TEXT NOT NULL
      );
      INSERT INTO journal_batches (last_id, kept_from, data)
        SELECT id, (SELECT min(id) FROM journal), '[' || data || ']' FROM journal;
      DROP TABLE journal;
      CREATE TABLE rows_in_rowid_order (
        collection TEXT NOT NULL,
        key TEXT NOT NULL,
        data TEXT NOT NULL
      );
      INSERT INTO rows_in_rowid_order (collection, key, data)
        SELECT collection, key, data FROM rows ORDER BY collection, seq;
      DROP TABLE rows;
      ALTER TABLE rows_in_rowid_order RENAME TO rows;
      CREATE INDEX rows_by_collection ON rows (collection);
    `),
  // 2 → 3: no index on `rows` at all. The writer holds every collection's key → rowid from the
  // load on (sqlite-writer.ts), so `rows_by_collection` was only kept up to date, at 3–6 of the
  // ~24 pages a track-call commit wrote (measured: ~2.5 µs of ~17 the data file added per call).
  // `vals` keeps its rows in its primary key's b-tree (WITHOUT ROWID), so a value rewritten on
  // every commit (`ids`) writes one page, not a table page and an index page.
  (db) =>
    db.exec(`
      DROP INDEX rows_by_collection;
      CREATE TABLE vals_by_name (name TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID;
      INSERT INTO vals_by_name (name, data) SELECT name, data FROM vals;
      DROP TABLE vals;
      ALTER TABLE vals_by_name RENAME TO vals;
    `),
]

/** The version a file has once every migration ran. */
export const SCHEMA_VERSION = MIGRATIONS.length

export function migrate(
  db: DatabaseSync,
  migrations: ReadonlyArray<(db: DatabaseSync) => void>,
  applicationId: number,
): void {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number }
  for (let version = row.user_version; version < migrations.length; version++) {
    db.exec('BEGIN')
    try {
      migrations[version]?.(db)
      db.exec(`PRAGMA application_id = ${applicationId}`)
      db.exec(`PRAGMA user_version = ${version + 1}`)
      db.exec('COMMIT')
    } catch (error) {
      db.exec('ROLLBACK')
      throw error
    }
  }
}
