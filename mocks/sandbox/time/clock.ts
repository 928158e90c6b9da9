/**
 * The sandbox's notion of now. Real time by default; tests move it with `advance('61s')` or stop
 * it with `freeze()`, and everything that depends on time (rate-limit windows, timestamps, import
 * progress, webhook timeouts) reads it from here, so a test never sleeps.
 *
 * @example
 * const clock = createClock()
 * clock.freeze(Date.parse('2026-01-01T00:00:00Z'))
 * clock.advance('61s')
 * new Date(clock.now()).toISOString() // '2026-01-01T00:01:01.000Z'
 */
import { type Duration, parseDuration } from './duration.ts'

export interface Clock {
  /** Milliseconds since the epoch, as the sandbox sees them. */
  now(): number
  /** Moves time forward (frozen or not). */
  advance(duration: Duration | string): number
  /** Stops time at `at` (default: the current sandbox time). */
  freeze(at?: number): number
  /** Lets time run again from where it stands. */
  unfreeze(): number
  isFrozen(): boolean
  /**
   * Waits `ms` of sandbox time by moving the clock forward at once: give it to a client as
   * `retryOn429: { clock: sandbox.clock }` and a wait for the rate-limit reset takes no real time.
   */
  sleep(ms: number): Promise<void>
  /** The clock's setting, for a store to save (the sandbox's own clock has it). */
  setting?(): ClockSetting
  /** Takes up a saved setting: a frozen clock stays where it stood, a running one keeps its offset. */
  restore?(setting: ClockSetting): void
}

/** Sandbox time is real time + `offset`, or `frozenAt` while frozen. */
export interface ClockSetting {
  offset: number
  frozenAt: number | null
}

export function createClock(realNow: () => number = Date.now): Clock {
  let offset = 0
  let frozenAt: number | undefined
  const now = () => frozenAt ?? realNow() + offset
  return {
    now,
    advance(duration) {
      const ms = parseDuration(duration)
      if (frozenAt === undefined) offset += ms
      else frozenAt += ms
      return now()
    },
    freeze(at) {
      frozenAt = at ?? now()
      return frozenAt
    },
    unfreeze() {
      if (frozenAt !== undefined) {
        offset = frozenAt - realNow()
        frozenAt = undefined
      }
      return now()
    },
    isFrozen: () => frozenAt !== undefined,
    sleep(ms) {
      if (frozenAt === undefined) offset += ms
      else frozenAt += ms
      return Promise.resolve()
    },
    setting: () => ({ offset, frozenAt: frozenAt ?? null }),
    restore(setting) {
      offset = setting.offset
      frozenAt = setting.frozenAt ?? undefined
    },
  }
}
