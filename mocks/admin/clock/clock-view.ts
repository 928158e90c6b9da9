/** The clock as the admin API shows it. */
import type { Clock } from '../../sandbox/time/clock.ts'

export function clockView(clock: Clock) {
  return { now: new Date(clock.now()).toISOString(), frozen: clock.isFrozen() }
}
