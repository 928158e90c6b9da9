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
