/**
 * A seeded sample of the fuzz suite (`npm run fuzz` runs the full budget): every operation of the
 * four documents, once as its spec example and then broken in every way the suite knows, plus
 * raw malformed HTTP, against a real server. Nothing may crash, answer 5xx, hang, drop the
 * connection, or answer outside the spec.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'
import { formatFuzzReport, runFuzz } from './run-fuzz.ts'

let server: RunningServer
beforeAll(async () => {
  server = await startServer({ port: 0 })
})
afterAll(() => server.close())

it('answers 4,000 seeded fuzz cases within the spec, without a 5xx, hang or dropped connection', async () => {
  const report = await runFuzz({
    origin: server.url,
    seed: 20_260_101,
    count: 4000,
    connections: 8,
  })
  expect(report.counts, formatFuzzReport(report)).toEqual({
    '5xx': 0,
    hang: 0,
    dropped: 0,
    undocumented: 0,
    'wrong-shape': 0,
  })
  expect(Object.keys(report.byKind).sort()).toEqual([
    'bad-auth',
    'bad-path',
    'bad-query',
    'deep-nesting',
    'extra-field',
    'huge-string',
    'invalid-json',
    'missing-field',
    'oversized',
    'prototype-key',
    'raw',
    'valid',
    'wrong-content-type',
    'wrong-method',
    'wrong-type',
  ])
}, 60_000)
