/**
 * Fixed-window request counters, one window per (account, service). Connectif allows 100 calls
 * a minute per account, shared by all of its keys; the window follows the sandbox clock.
 *
 * @see shared/research/connectif.md §2 — limit and headers [DOC]; fixed 60 s window [INF]
 * @example
 * const limiter = createRateLimiter(clock)
 * const verdict = limiter.take('acct_1', 'connectif', { limit: 100, windowMs: 60_000 })
 * if (!verdict.allowed) // answer 429 with verdict.resetAt
 */
import type { Clock } from '../time/clock.ts'

export interface RateLimitPolicy {
  limit: number
  windowMs: number
}

export interface RateLimitVerdict {
  allowed: boolean
  limit: number
  /** Calls left in this window after this one (0 once exhausted). */
  remaining: number
  /** When the window ends, in epoch milliseconds. */
  resetAt: number
}

interface Window {
  startedAt: number
  count: number
}

export interface RateLimiter {
  /** Counts one call and says whether it fits in the current window. */
  take(accountId: string, service: string, policy: RateLimitPolicy): RateLimitVerdict
  /** The windows still open at the clock's now: calls counted so far and when each ends. */
  windows(): RateLimitWindow[]
  reset(): void
}

/** One (account, service) window as it stands: what a rate-limit gauge shows. */
export interface RateLimitWindow {
  accountId: string
  service: string
  /** Calls counted in this window, refused ones excluded. */
  used: number
  /** When the window ends, in epoch milliseconds. */
  resetAt: number
}

export function createRateLimiter(clock: Clock): RateLimiter {
  // By account, then service: both keys are strings the sandbox already holds (their hashes
  // cached), where one joined key would be a new string to hash on every call.
  const windows = new Map<string, Map<string, Window & { windowMs: number }>>()
  return {
    take(accountId, service, { limit, windowMs }) {
      const now = clock.now()
      let ofAccount = windows.get(accountId)
      if (!ofAccount) {
        ofAccount = new Map()
        windows.set(accountId, ofAccount)
      }
      let window = ofAccount.get(service)
      if (!window || now >= window.startedAt + windowMs) {
        // Windows start on the first call after the previous one ended, as a fixed window per account.
        window = { startedAt: now, count: 0, windowMs }
        ofAccount.set(service, window)
      }
      const resetAt = window.startedAt + windowMs
      if (window.count >= limit) return { allowed: false, limit, remaining: 0, resetAt }
      window.count++
      return { allowed: true, limit, remaining: limit - window.count, resetAt }
    },
    windows() {
      const now = clock.now()
      const open: RateLimitWindow[] = []
      for (const [accountId, ofAccount] of windows)
        for (const [service, window] of ofAccount) {
          const resetAt = window.startedAt + window.windowMs
          if (now >= resetAt) continue
          open.push({ accountId, service, used: window.count, resetAt })
        }
      return open
    },
    reset: () => windows.clear(),
  }
}
