import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ChangeSet, RowChange } from '../sandbox/persistence/state-store.ts'
import { openSqliteStore, type SqliteStore } from './sqlite-store.ts'

let dir: string
let store: SqliteStore
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'martech-sandbox-store-'))
  store = await openSqliteStore(join(dir, 'sandbox.db'))
})
afterEach(async () => {
  store.close()
  await rm(dir, { recursive: true, force: true })
})

const change = (parts: Partial<ChangeSet>): ChangeSet => ({
  replaceAll: false,
  cleared: [],
  rows: [],
  values: [['core', '{}']],
  journal: undefined,
  ...parts,
})
const entries = (...ids: number[]): Array<[number, string]> =>
  ids.map((id) => [id, `{"id":${id},"path":"/v1/e"}`])
const row = (key: string, data: string | undefined, inserted = false): RowChange => ({
  collection: 'hellotext.events',
  key,
  data,
  inserted,
})
const journalIds = () => store.load()?.journal.map((text) => JSON.parse(text).id)

describe('the SQLite store', () => {
  it('keeps exactly the journal entries from the oldest kept, though it stores a row per commit', () => {
    store.write(change({ journal: { added: entries(1, 2, 3), oldestKept: 1 } }))
    store.write(change({ journal: { added: entries(4, 5, 6), oldestKept: 2 } }))
    expect(journalIds()).toEqual([2, 3, 4, 5, 6])
    store.write(change({ journal: { added: entries(7), oldestKept: 5 } }))
    expect(journalIds()).toEqual([5, 6, 7])
    expect(store.load()?.journal[0]).toBe('{"id":5,"path":"/v1/e"}')
  })

  it('drops older entries when the journal shrinks without a new one, and all when emptied', () => {
    store.write(change({ journal: { added: entries(1, 2, 3, 4), oldestKept: 1 } }))
    store.write(change({ journal: { added: [], oldestKept: 3 } }))
    expect(journalIds()).toEqual([3, 4])
    store.write(change({ journal: { added: [], oldestKept: Number.MAX_SAFE_INTEGER } }))
    expect(journalIds()).toEqual([])
    store.write(change({ journal: { added: entries(5), oldestKept: 5 } }))
    expect(journalIds()).toEqual([5])
  })

  it('loads each collection in its order: a new row last, a changed one in its place', () => {
    store.write(change({ rows: [row('a', '1', true), row('b', '1', true), row('c', '1', true)] }))
    store.write(
      change({
        rows: [
          row('a', '2'),
          row('b', undefined),
          { collection: 'hellotext.profiles', key: 'p', data: '1', inserted: true },
          row('b', '3', true),
          // Not known as inserted, not stored either: it goes last.
          row('d', '1'),
        ],
      }),
    )
    expect(store.load()?.collections.get('hellotext.events')).toEqual([
      ['a', '2'],
      ['c', '1'],
      ['b', '3'],
      ['d', '1'],
    ])
    expect(store.load()?.collections.get('hellotext.profiles')).toEqual([['p', '1']])
  })

  it('writes nothing of a change set it refuses, and finds its rows as they are after it', () => {
    store.write(change({ rows: [row('a', '1', true)] }))
    const refused = change({
      rows: [row('b', '1', true), row('a', undefined)],
      values: [['core', null as unknown as string]],
    })
    expect(() => store.write(refused)).toThrow(/NOT NULL/)
    // b was never stored and a never deleted: changing them now writes b, and a in its place.
    store.write(change({ rows: [row('b', '2'), row('a', '2')] }))
    expect(store.load()?.collections.get('hellotext.events')).toEqual([
      ['a', '2'],
      ['b', '2'],
    ])
  })

  it('empties a collection it is told was cleared, and no other', () => {
    store.write(
      change({
        rows: [
          row('a', '1', true),
          { collection: 'hellotext.profiles', key: 'p', data: '1', inserted: true },
        ],
      }),
    )
    store.write(change({ cleared: ['hellotext.events'], rows: [row('c', '1', true)] }))
    expect(store.load()?.collections.get('hellotext.events')).toEqual([['c', '1']])
    expect(store.load()?.collections.get('hellotext.profiles')).toEqual([['p', '1']])
  })

  it('after a restart, empties a cleared collection of the rows the file held, and no other', async () => {
    store.write(
      change({
        rows: [
          row('a', '1', true),
          row('b', '1', true),
          { collection: 'hellotext.profiles', key: 'p', data: '1', inserted: true },
        ],
      }),
    )
    store.close()
    store = await openSqliteStore(join(dir, 'sandbox.db'))
    store.load()
    store.write(change({ cleared: ['hellotext.events'], rows: [row('a', '2', true)] }))
    store.close()
    store = await openSqliteStore(join(dir, 'sandbox.db'))
    expect(store.load()?.collections.get('hellotext.events')).toEqual([['a', '2']])
    expect(store.load()?.collections.get('hellotext.profiles')).toEqual([['p', '1']])
  })

  it('after a restart, changes and deletes the rows the file held where they stand', async () => {
    store.write(change({ rows: [row('a', '1', true), row('b', '1', true), row('c', '1', true)] }))
    store.close()
    store = await openSqliteStore(join(dir, 'sandbox.db'))
    expect(store.load()?.collections.get('hellotext.events')).toHaveLength(3)
    store.write(change({ rows: [row('a', '2'), row('b', undefined), row('d', '1', true)] }))
    store.close()
    store = await openSqliteStore(join(dir, 'sandbox.db'))
    expect(store.load()?.collections.get('hellotext.events')).toEqual([
      ['a', '2'],
      ['c', '1'],
      ['d', '1'],
    ])
  })
})
