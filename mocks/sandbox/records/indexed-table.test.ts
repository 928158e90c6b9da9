import { describe, expect, it } from 'vitest'
import { IndexedTable, scopedKey } from './indexed-table.ts'

interface Contact {
  id: string
  accountId: string
  email: string
  externalId?: string
  name?: string
}

const table = () =>
  new IndexedTable<Contact, 'email' | 'externalId'>({
    name: 'contacts',
    primaryKey: (c) => c.id,
    uniqueKeys: {
      email: (c) => scopedKey(c.accountId, c.email),
      externalId: (c) => scopedKey(c.accountId, c.externalId),
    },
  })

describe('IndexedTable', () => {
  it('finds a record by a unique key, scoped by account', () => {
    const contacts = table()
    contacts.insert({ id: '1', accountId: 'a', email: 'ana@x.com' })
    contacts.insert({ id: '2', accountId: 'b', email: 'ana@x.com' })
    expect(contacts.findBy('email', scopedKey('a', 'ana@x.com'))?.id).toBe('1')
    expect(contacts.findBy('email', scopedKey('b', 'ana@x.com'))?.id).toBe('2')
    expect(contacts.findBy('email', scopedKey('c', 'ana@x.com'))).toBeUndefined()
  })

  it('re-indexes a record whose key changes on update', () => {
    const contacts = table()
    const ana = contacts.insert({ id: '1', accountId: 'a', email: 'ana@x.com' })
    contacts.update(ana, (c) => ({ ...c, externalId: 'ext-1', email: 'ana@y.com' }))
    expect(contacts.findBy('email', scopedKey('a', 'ana@x.com'))).toBeUndefined()
    expect(contacts.findBy('email', scopedKey('a', 'ana@y.com'))?.externalId).toBe('ext-1')
    expect(contacts.findBy('externalId', scopedKey('a', 'ext-1'))?.id).toBe('1')
  })

  it('refuses a unique key already held by another record, and keeps the old state', () => {
    const contacts = table()
    contacts.insert({ id: '1', accountId: 'a', email: 'ana@x.com' })
    const bob = contacts.insert({ id: '2', accountId: 'a', email: 'bob@x.com' })
    expect(() => contacts.insert({ id: '3', accountId: 'a', email: 'ana@x.com' })).toThrow(
      'email "ana@x.com" is taken',
    )
    expect(() => contacts.update(bob, (c) => ({ ...c, email: 'ana@x.com' }))).toThrow('is taken')
    expect(contacts.findBy('email', scopedKey('a', 'bob@x.com'))?.id).toBe('2')
    expect(contacts.findBy('email', scopedKey('a', 'ana@x.com'))?.id).toBe('1')
  })

  it('drops a deleted record from every index', () => {
    const contacts = table()
    const ana = contacts.insert({ id: '1', accountId: 'a', email: 'ana@x.com', externalId: 'e1' })
    expect(contacts.delete(ana)).toBe(true)
    expect(contacts.findBy('externalId', scopedKey('a', 'e1'))).toBeUndefined()
    expect(contacts.size).toBe(0)
  })

  it('queries with a Query builder (where, and, or), with skip, take and order', () => {
    const contacts = table()
    for (let i = 0; i < 5; i++)
      contacts.insert({ id: String(i), accountId: i % 2 ? 'a' : 'b', email: `${i}@x.com` })
    const inA = contacts.findMany((q) => q.where({ accountId: 'a' }), {
      orderBy: (x, y) => y.id.localeCompare(x.id),
    })
    expect(inA.map((c) => c.id)).toEqual(['3', '1'])
    expect(contacts.findMany(undefined, { skip: 1, take: 2 }).map((c) => c.id)).toEqual(['1', '2'])
    expect(contacts.findFirst((q) => q.where({ email: (e) => e.startsWith('4') }))?.id).toBe('4')
    const aOrFour = contacts.findMany((q) => q.where({ accountId: 'a' }).or({ id: '4' }))
    expect(aOrFour.map((c) => c.id)).toEqual(['1', '3', '4'])
    const aAndThree = contacts.findMany((q) => q.where({ accountId: 'a' }).and((c) => c.id === '3'))
    expect(aAndThree.map((c) => c.id)).toEqual(['3'])
  })
})

describe('IndexedTable as a log', () => {
  it('trims to the newest records, oldest first out, indexes included', () => {
    const contacts = table()
    for (let i = 0; i < 5; i++)
      contacts.insert({ id: String(i), accountId: 'a', email: `${i}@x.com` })
    contacts.delete(contacts.get('1') as Contact)
    expect(contacts.trimOldest(2).map((c) => c.id)).toEqual(['0', '2'])
    expect([...contacts.all()].map((c) => c.id)).toEqual(['3', '4'])
    expect(contacts.findBy('email', scopedKey('a', '0@x.com'))).toBeUndefined()
    contacts.insert({ id: '5', accountId: 'a', email: '5@x.com' })
    expect(contacts.trimOldest(2).map((c) => c.id)).toEqual(['3'])
  })

  it('keeps insertion order across deletions and the compaction they trigger', () => {
    const log = table()
    for (let i = 0; i < 5000; i++)
      log.insert({ id: String(i), accountId: 'a', email: `${i}@x.com` })
    log.trimOldest(10)
    log.insert({ id: 'new', accountId: 'a', email: 'new@x.com' })
    expect([...log.all()].map((c) => c.id)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => String(4990 + i)),
      'new',
    ])
    expect(log.get('4995')?.email).toBe('4995@x.com')
    expect(log.size).toBe(11)
  })

  it('still finds, updates and deletes by id after its trimmed front is dropped, again and again', () => {
    const log = table()
    for (let i = 0; i < 20_000; i++) {
      log.insert({ id: String(i), accountId: 'a', email: `${i}@x.com` })
      log.trimOldest(500)
    }
    expect(log.size).toBe(500)
    expect(log.get('19499')).toBeUndefined()
    expect(log.get('19500')?.email).toBe('19500@x.com')
    log.update(log.get('19700') as Contact, (c) => ({ ...c, email: 'moved@x.com' }))
    expect(log.findBy('email', scopedKey('a', 'moved@x.com'))?.id).toBe('19700')
    // Holes in the middle too: the next insert rebuilds every slot.
    for (let i = 19_500; i < 19_999; i += 1)
      if (i % 5 !== 0) log.delete(log.get(String(i)) as Contact)
    for (let i = 0; i < 1100; i++) {
      log.insert({ id: `n${i}`, accountId: 'a', email: `n${i}@x.com` })
      log.delete(log.get(`n${i}`) as Contact)
    }
    log.insert({ id: 'last', accountId: 'a', email: 'last@x.com' })
    const ids = [...log.all()].map((c) => c.id)
    expect(ids).toEqual([
      ...Array.from({ length: 100 }, (_, i) => String(19_500 + i * 5)),
      '19999',
      'last',
    ])
    for (const id of ids) expect(log.get(id)?.id).toBe(id)
    expect(log.delete(log.get('19700') as Contact)).toBe(true)
    expect(log.get('19700')).toBeUndefined()
    expect(log.trimOldest(1).map((c) => c.id)).toEqual(
      ids.filter((id) => id !== '19700').slice(0, -1),
    )
  })
})
