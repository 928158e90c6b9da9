import { expect, it } from 'vitest'
import { createClock } from '../time/clock.ts'
import { createRateLimiter } from './rate-limiter.ts'

const policy = { limit: 100, windowMs: 60_000 }

it('lets 100 calls through in a minute and refuses the 101st until the window resets', () => {
  const clock = createClock()
  clock.freeze(1_000_000)
  const limiter = createRateLimiter(clock)
  const verdicts = Array.from({ length: 101 }, () => limiter.take('a', 'connectif', policy))
  expect(verdicts[0]).toEqual({ allowed: true, limit: 100, remaining: 99, resetAt: 1_060_000 })
  expect(verdicts[99]?.remaining).toBe(0)
  expect(verdicts[100]).toEqual({ allowed: false, limit: 100, remaining: 0, resetAt: 1_060_000 })
  clock.advance('60s')
  expect(limiter.take('a', 'connectif', policy)).toMatchObject({ allowed: true, remaining: 99 })
})

it('counts each account apart', () => {
  const clock = createClock()
  const limiter = createRateLimiter(clock)
  for (let i = 0; i < 3; i++) limiter.take('a', 'connectif', { limit: 3, windowMs: 60_000 })
  expect(limiter.take('a', 'connectif', { limit: 3, windowMs: 60_000 }).allowed).toBe(false)
  expect(limiter.take('b', 'connectif', { limit: 3, windowMs: 60_000 }).allowed).toBe(true)
})
