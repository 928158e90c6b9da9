/**
 * A `fetch` that, on `429 Too Many Requests`, waits until the server says the window resets and
 * tries again. Connectif sends `X-RateLimit-Reset` (epoch seconds) on every response; other
 * services may send `Retry-After` (seconds or an HTTP date). Opt-in: a client without it returns
 * the 429 as a typed error value.
 *
 * @example
 * const client = createConnectifClient({ apiKey, retryOn429: { maxRetries: 5 } })
 */

export interface RetryOn429Options {
  /** Retries after the first attempt. @default 3 */
  maxRetries?: number
  /** A wait longer than this is not attempted; the 429 is returned instead. @default 65000 */
  maxDelayMs?: number
  /** Wait when the response names no reset time; doubles on each retry. @default 1000 */
  fallbackDelayMs?: number
  /** Replaceable for tests that drive time themselves. @default setTimeout */
  sleep?: (ms: number) => Promise<void>
  /** @default Date.now */
  now?: () => number
  /**
   * Whose time to wait in: `{ clock: sandbox.clock }` reads the reset against the sandbox's clock
   * and waits by advancing it, so a frozen sandbox's 429 resolves in milliseconds. Overrides
   * `sleep` and `now`.
   */
  clock?: { now(): number; sleep(ms: number): Promise<void> }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Milliseconds the response asks us to wait, or undefined when it names no time. */
export function readRetryDelayMs(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('Retry-After')
  if (retryAfter !== null && retryAfter.trim() !== '') {
    const seconds = Number(retryAfter)
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
    const date = Date.parse(retryAfter)
    if (!Number.isNaN(date)) return Math.max(0, date - now)
  }
  const reset = Number(headers.get('X-RateLimit-Reset') ?? Number.NaN)
  if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now)
  return undefined
}

export function createRetryingFetch(
  baseFetch: typeof fetch,
  options: RetryOn429Options = {},
): typeof fetch {
  const { maxRetries = 3, maxDelayMs = 65_000, fallbackDelayMs = 1000, clock } = options
  const sleep = clock ? (ms: number) => clock.sleep(ms) : (options.sleep ?? defaultSleep)
  const now = clock ? () => clock.now() : (options.now ?? Date.now)
  return async function fetchRetryingOn429(input, init) {
    // A Request body can be read once; keep a pristine copy for every retry.
    const original = new Request(input, init)
    for (let attempt = 0; ; attempt++) {
      const response = await baseFetch(original.clone())
      if (response.status !== 429 || attempt >= maxRetries) return response
      const delay = readRetryDelayMs(response.headers, now()) ?? fallbackDelayMs * 2 ** attempt
      if (delay > maxDelayMs) return response
      await response.body?.cancel()
      await sleep(delay)
    }
  }
}
