import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from './sqlite-schema.ts'
import { APPLICATION_ID, openSqliteStore } from './sqlite-store.ts'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'martech-sandbox-schema-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const versionOf = (file: string) => {
  const db = new DatabaseSync(file)
  const { user_version, application_id } = {
    ...(db.prepare('PRAGMA user_version').get() as object),
    ...(db.prepare('PRAGMA application_id').get() as object),
  } as { user_version: number; application_id: number }
  db.close()
  return { user_version, application_id }
}

/**
 * A version-1 file: rows ordered by `seq` (here not their rowid order: c2 comes before c1), one
 * journal row per entry, the oldest entries trimmed.
 */
async function versionOneFile(): Promise<string> {
  const file = join(dir, 'v1.db')
  ;(await openSqliteStore(file, { migrations: MIGRATIONS.slice(0, 1) })).close()
  const db = new DatabaseSync(file)
  db.exec(`
    INSERT INTO vals (name, data) VALUES ('core', '{"accounts":[]}');
    INSERT INTO rows (collection, key, seq, data) VALUES
      ('connectif.contacts', 'c1', 4, '{"id":"c1","n":2}'),
      ('hellotext.events', 'h1', 2, '{"id":"h1"}'),
      ('connectif.contacts', 'c2', 3, '{"id":"c2"}');
    INSERT INTO journal (id, data) VALUES (7, '{"id":7}'), (8, '{"id":8}'), (9, '{"id":9}');
  `)
  db.close()
  return file
}

describe('the data file schema', () => {
  it('marks a new file as martech-sandbox version 3 (application_id, user_version)', async () => {
    const file = join(dir, 'new.db')
    ;(await openSqliteStore(file)).close()
    expect(versionOf(file)).toEqual({
      user_version: MIGRATIONS.length,
      application_id: APPLICATION_ID,
    })
    expect(MIGRATIONS).toHaveLength(3)
  })

  it('keeps no index on rows, and named values in their key order (version 3)', async () => {
    const file = join(dir, 'new.db')
    ;(await openSqliteStore(file)).close()
    const db = new DatabaseSync(file)
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'rows' AND type = 'index'")
      .all()
    const vals = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'vals'").get() as {
      sql: string
    }
    db.close()
    expect(indexes).toEqual([])
    expect(vals.sql).toMatch(/WITHOUT ROWID/)
  })

  it('brings a version-1 file to version 3 with its rows in order, its values and its journal', async () => {
    const file = await versionOneFile()
    const store = await openSqliteStore(file)
    const stored = store.load()
    store.write({
      replaceAll: false,
      cleared: [],
      rows: [{ collection: 'connectif.contacts', key: 'c3', data: '{"id":"c3"}', inserted: true }],
      values: [],
      journal: { added: [[10, '{"id":10}']], oldestKept: 8 },
    })
    const after = store.load()
    store.close()
    expect(versionOf(file).user_version).toBe(3)
    expect(stored?.values).toEqual(new Map([['core', '{"accounts":[]}']]))
    expect(stored?.collections.get('connectif.contacts')).toEqual([
      ['c2', '{"id":"c2"}'],
      ['c1', '{"id":"c1","n":2}'],
    ])
    expect(stored?.collections.get('hellotext.events')).toEqual([['h1', '{"id":"h1"}']])
    expect(stored?.journal).toEqual(['{"id":7}', '{"id":8}', '{"id":9}'])
    expect(after?.collections.get('connectif.contacts')?.map(([key]) => key)).toEqual([
      'c2',
      'c1',
      'c3',
    ])
    expect(after?.journal).toEqual(['{"id":8}', '{"id":9}', '{"id":10}'])
  })

  it('brings an older file forward with the migrations it has not run, keeping its rows', async () => {
    const file = await versionOneFile()
    const addNotes = (db: DatabaseSync) => db.exec('CREATE TABLE notes (text TEXT)')
    const store = await openSqliteStore(file, { migrations: [...MIGRATIONS, addNotes] })
    const stored = store.load()
    store.close()
    expect(versionOf(file).user_version).toBe(4)
    expect(stored?.collections.get('connectif.contacts')?.[0]).toEqual(['c2', '{"id":"c2"}'])
    const db = new DatabaseSync(file)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'notes'").get()).toBeDefined()
    db.close()
  })

  it('leaves the file at the last version reached when a migration fails half way', async () => {
    const file = await versionOneFile()
    const broken = (db: DatabaseSync) => {
      db.exec('CREATE TABLE half (x)')
      throw new Error('disk says no')
    }
    await expect(openSqliteStore(file, { migrations: [...MIGRATIONS, broken] })).rejects.toThrow(
      /cannot use data file .*disk says no/,
    )
    expect(versionOf(file).user_version).toBe(MIGRATIONS.length)
    const db = new DatabaseSync(file)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined()
    db.close()
  })
})
