import createClient, { type Client } from 'openapi-fetch'
import { createRetryingFetch, type RetryOn429Options } from './retry-on-429.ts'

/** Options every REST client of martech-sandbox takes besides its credential. */
export interface ClientOptions {
  /** Where the service lives. @default the first server of the service's OpenAPI document */
  baseUrl?: string
  /** Wait and retry on 429 until the rate-limit window resets. @default false */
  retryOn429?: boolean | RetryOn429Options
  /** The fetch to send requests with (an MSW-patched global, undici, a test spy). @default globalThis.fetch */
  fetch?: typeof fetch
  /** Extra headers sent with every request. */
  headers?: Record<string, string>
}

/** The fetch a client sends with: the given one (or the global one), retrying on 429 if asked. */
export function resolveFetch(options: ClientOptions): typeof fetch {
  // Read the global at call time, so MSW's interception applies even if set up after the client.
  const base = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  if (!options.retryOn429) return base
  return createRetryingFetch(base, options.retryOn429 === true ? {} : options.retryOn429)
}

/** An openapi-fetch client for one service: its default server, the caller's options, its credential headers. */
export function createServiceClient<Paths extends {}>(
  options: ClientOptions,
  defaultBaseUrl: string,
  credentialHeaders: Record<string, string>,
): Client<Paths> {
  return createClient<Paths>({
    baseUrl: options.baseUrl ?? defaultBaseUrl,
    fetch: resolveFetch(options),
    headers: { ...options.headers, ...credentialHeaders },
  })
}
