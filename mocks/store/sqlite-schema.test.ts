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

/** A version-1 file holding one value, as martech-sandbox 1 writes it. */
async function versionOneFile(): Promise<string> {
  const file = join(dir, 'v1.db')
  const store = await openSqliteStore(file)
  store.write({
    replaceAll: false,
    cleared: [],
    rows: [{ collection: 'connectif.contacts', key: 'c1', data: '{"id":"c1"}', inserted: true }],
    values: [['core', '{"accounts":[]}']],
    journal: undefined,
  })
  store.close()
  return file
}

describe('the data file schema', () => {
  it('marks a new file as martech-sandbox version 1 (application_id, user_version)', async () => {
    const file = join(dir, 'new.db')
    ;(await openSqliteStore(file)).close()
    expect(versionOf(file)).toEqual({
      user_version: MIGRATIONS.length,
      application_id: APPLICATION_ID,
    })
    expect(MIGRATIONS).toHaveLength(1)
  })

  it('brings an older file forward with the migrations it has not run, keeping its rows', async () => {
    const file = await versionOneFile()
    const addNotes = (db: DatabaseSync) => db.exec('CREATE TABLE notes (text TEXT)')
    const store = await openSqliteStore(file, { migrations: [...MIGRATIONS, addNotes] })
    const stored = store.load()
    store.close()
    expect(versionOf(file).user_version).toBe(2)
    expect(stored?.collections.get('connectif.contacts')).toEqual([['c1', '{"id":"c1"}']])
    const db = new DatabaseSync(file)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'notes'").get()).toBeDefined()
    db.close()
  })

  it('leaves the file at its version when a migration fails half way', async () => {
    const file = await versionOneFile()
    const broken = (db: DatabaseSync) => {
      db.exec('CREATE TABLE half (x)')
      throw new Error('disk says no')
    }
    await expect(openSqliteStore(file, { migrations: [...MIGRATIONS, broken] })).rejects.toThrow(
      /cannot use data file .*disk says no/,
    )
    expect(versionOf(file).user_version).toBe(1)
    const db = new DatabaseSync(file)
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined()
    db.close()
  })
})
