import { expect, it } from 'vitest'
import { type JournalEntry, RequestJournal } from './request-journal.ts'

const entry = (service: string, status: number): Omit<JournalEntry, 'id'> => ({
  time: 0,
  service,
  method: 'GET',
  path: '/x',
  status,
  durationMs: 1,
  request: { headers: {} },
  response: { headers: {} },
})

it('lists entries newest first and filters by service and status', () => {
  const journal = new RequestJournal(10)
  journal.record(entry('connectif', 200))
  journal.record(entry('hellotext', 201))
  journal.record(entry('connectif', 429))
  expect(journal.list().map((e) => e.id)).toEqual([3, 2, 1])
  expect(journal.list({ service: 'connectif' }).map((e) => e.status)).toEqual([429, 200])
  expect(journal.list({ status: 201 }).map((e) => e.service)).toEqual(['hellotext'])
})

it('keeps only the newest entries once full', () => {
  const journal = new RequestJournal(3)
  for (let i = 0; i < 5; i++) journal.record(entry('connectif', 200 + i))
  expect(journal.size).toBe(3)
  expect(journal.list().map((e) => e.status)).toEqual([204, 203, 202])
})

it('keeps credentials masked to their last 4 characters, headers and form passwords alike', () => {
  const journal = new RequestJournal(10)
  const stored = journal.record({
    ...entry('reskyt', 200),
    request: {
      headers: { authorization: 'apiKey k_12345678:s_abcdefgh', 'x-api-key': 'rk_live_9876wxyz' },
      body: { user: 'shop', password: 'hunter2hunter2', tokens: 'a;b' },
    },
  })
  expect(stored.request.headers).toEqual({
    authorization: 'apiKey ****efgh',
    'x-api-key': '****wxyz',
  })
  expect(stored.request.body).toEqual({ user: 'shop', password: '****ter2', tokens: 'a;b' })
  expect(
    journal.record({ ...entry('x', 200), request: { headers: { authorization: 'Bearer abc' } } })
      .request.headers.authorization,
  ).toBe('Bearer ****')
})

it('replaces a body over maxBodyBytes with a note of the limit, request and response alike', () => {
  const journal = new RequestJournal({ capacity: 10, maxBodyBytes: 100 })
  const small = { name: 'Ana' }
  const stored = journal.record({
    ...entry('connectif', 200),
    request: { headers: {}, body: { items: Array.from({ length: 50 }, (_, i) => ({ i })) } },
    response: { headers: {}, body: small },
  })
  expect(stored.request.body).toMatch(/body of more than 100 bytes not kept/)
  expect(stored.response.body).toBe(small)
})

it('shrinks to a smaller capacity keeping the newest entries', () => {
  const journal = new RequestJournal(5)
  for (let i = 0; i < 5; i++) journal.record(entry('connectif', 200 + i))
  journal.configure({ capacity: 2 })
  expect(journal.list().map((e) => e.status)).toEqual([204, 203])
  journal.record(entry('connectif', 299))
  expect(journal.list().map((e) => e.status)).toEqual([299, 204])
  expect(() => journal.configure({ maxBodyBytes: -1 })).toThrow(
    /maxBodyBytes must be an integer ≥ 0/,
  )
})
