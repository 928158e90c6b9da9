/**
 * How much the sandbox keeps of what only accumulates (logs, not resources): the request journal,
 * Hellotext's tracked events, Connectif's web activities, Reskyt's outbox, and the deliveries the sandbox made (JivoChat
 * webhooks, Connectif outbound events). The oldest entries drop off first, so a server that runs
 * for days under load stays flat in memory. Resources a client creates (contacts, products,
 * orders) are kept: they are state, not logs.
 *
 * @example
 * createSandbox({ retention: { trackedEvents: 1_000 } })
 * // or, running: PATCH /__admin/retention {"trackedEvents": 1000}
 */
export interface RetentionLimits {
  /** Requests the journal keeps. */
  journalEntries: number
  /** Largest request or response body a journal entry keeps, in bytes; a larger one is noted, not kept. */
  journalBodyBytes: number
  /** Hellotext tracked events kept, all accounts together. */
  trackedEvents: number
  /** Connectif web activities kept (the client script's page visits, product views…), all accounts together. */
  webActivities: number
  /** Reskyt outbox entries kept (one per push and device token), all accounts together. */
  outbox: number
  /** Deliveries kept in each delivery log (JivoChat webhooks, Connectif outbound events). */
  deliveries: number
}

export const DEFAULT_RETENTION: Readonly<RetentionLimits> = {
  journalEntries: 1000,
  journalBodyBytes: 64 * 1024,
  trackedEvents: 10_000,
  webActivities: 10_000,
  outbox: 10_000,
  deliveries: 200,
}

/**
 * Checks limits from a caller (options, the admin API): whole numbers, at least 1 (0 for body
 * bytes), only the names above. Throws a TypeError naming the first problem.
 */
export function checkRetention(input: unknown): Partial<RetentionLimits> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new TypeError('retention must be an object of limits, e.g. {"trackedEvents": 1000}')
  const checked: Partial<RetentionLimits> = {}
  for (const [name, value] of Object.entries(input)) {
    if (!Object.hasOwn(DEFAULT_RETENTION, name))
      throw new TypeError(
        `retention has no limit "${name}"; the limits are ${Object.keys(DEFAULT_RETENTION).join(', ')}`,
      )
    const least = name === 'journalBodyBytes' ? 0 : 1
    if (!Number.isSafeInteger(value) || (value as number) < least)
      throw new TypeError(
        `retention.${name} must be a whole number ≥ ${least}, got ${JSON.stringify(value)}`,
      )
    checked[name as keyof RetentionLimits] = value as number
  }
  return checked
}
