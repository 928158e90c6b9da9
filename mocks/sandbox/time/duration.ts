/**
 * Parses the durations tests and the admin API speak: `'61s'`, `'500ms'`, `'2m'`, `'1h'`,
 * `'1d'`, or a number of milliseconds.
 *
 * @example
 * parseDuration('61s') // 61000
 */
import { formatMessage } from '../format-message.ts'

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

export type Duration = number | `${number}${'ms' | 's' | 'm' | 'h' | 'd'}`

export function parseDuration(duration: Duration | string): number {
  if (typeof duration === 'number') {
    if (Number.isFinite(duration) && duration >= 0) return duration
  } else {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/.exec(duration)
    if (match) return Number(match[1]) * (UNIT_MS[match[2] as string] as number)
  }
  throw new TypeError(
    formatMessage(
      'parse',
      `duration ${JSON.stringify(duration)}`,
      'expected a number of milliseconds or a string like "61s", "500ms", "2m"',
    ),
  )
}
