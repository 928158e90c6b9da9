import { describe, expect, it } from 'vitest'
import { createRetryingFetch, readRetryDelayMs } from './retry-on-429.ts'

describe('readRetryDelayMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z')
  it.each([
    ['Retry-After in seconds', { 'Retry-After': '3' }, 3000],
    ['Retry-After as an HTTP date', { 'Retry-After': 'Thu, 01 Jan 2026 00:00:05 GMT' }, 5000],
    [
      'X-RateLimit-Reset in epoch seconds',
      { 'X-RateLimit-Reset': String(now / 1000 + 42) },
      42_000,
    ],
    ['a reset already past', { 'X-RateLimit-Reset': String(now / 1000 - 5) }, 0],
    ['no hint at all', {}, undefined],
  ])('%s', (_, headers, want) => {
    expect(readRetryDelayMs(new Headers(headers), now)).toBe(want)
  })
})

describe('createRetryingFetch', () => {
  it('does not wait longer than maxDelayMs; it returns the 429 instead', async () => {
    const waits: number[] = []
    let calls = 0
    const fetch429 = createRetryingFetch(
      async () => {
        calls++
        return new Response(null, { status: 429, headers: { 'Retry-After': '120' } })
      },
      { maxDelayMs: 60_000, sleep: async (ms) => void waits.push(ms) },
    )
    const response = await fetch429('http://127.0.0.1/x')
    expect(response.status).toBe(429)
    expect(calls).toBe(1)
    expect(waits).toEqual([])
  })

  it('backs off exponentially when the response names no reset time', async () => {
    const waits: number[] = []
    const fetch429 = createRetryingFetch(async () => new Response(null, { status: 429 }), {
      maxRetries: 3,
      fallbackDelayMs: 100,
      sleep: async (ms) => void waits.push(ms),
    })
    await fetch429('http://127.0.0.1/x')
    expect(waits).toEqual([100, 200, 400])
  })
})
