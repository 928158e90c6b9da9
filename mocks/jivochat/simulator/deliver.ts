/**
 * POSTs one webhook body the way Jivo does: JSON, no signature, one attempt, and a deadline for
 * the whole exchange (headers and body). Tells apart a CRM that cannot be reached at all
 * (connection refused, DNS: the URL is wrong) from one that was reached and then failed to
 * answer (timeout, connection closed mid-reply: the CRM is wrong).
 *
 * Uses `fetch` rather than node:http so the sandbox's admin API can send from any runtime, and so
 * MSW intercepts it in process; tests and the admin API may inject their own `fetch`.
 *
 * @see shared/research/jivochat.md §1 (POST, JSON, no signature [C:S1]; timeout and retries
 * undocumented, 3 s from the Bot API [C:S5]; Content-Type [I])
 */

/** Jivo's Bot API allows 3 s per request; the CRM webhooks document none, so 3 s is assumed [INF]. */
export const DEFAULT_TIMEOUT_MS = 3000

/** Sent with every webhook. Jivo documents only "a JSON body"; the header and charset are [INF]. */
export const REQUEST_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
}

export type DeliveryResult =
  | {
      kind: 'response'
      status: number
      headers: Record<string, string>
      body: string
      durationMs: number
    }
  /** Reached, but no complete reply in time. `status` is set when the headers did arrive. */
  | { kind: 'timeout'; status: number | null; durationMs: number }
  /** Reached, but the CRM closed or reset the connection before the reply was complete. */
  | { kind: 'connection-closed'; status: number | null; reason: string; durationMs: number }
  /** Never reached: connection refused, DNS failure, no route, TLS failure. */
  | { kind: 'unreachable'; reason: string; durationMs: number }

export interface DeliverOptions {
  timeoutMs?: number
  fetch?: typeof fetch
}

const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'DNS lookup failed: no such host',
  EAI_AGAIN: 'DNS lookup failed: temporary failure',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EADDRNOTAVAIL: 'address not available',
}

export async function deliver(
  url: string,
  body: string,
  options: DeliverOptions = {},
): Promise<DeliveryResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const started = performance.now()
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10
  let status: number | null = null
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers: REQUEST_HEADERS,
      body,
      // Jivo's redirect handling is undocumented: a 3xx is reported as the CRM's answer [INF].
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    status = response.status
    const text = await response.text()
    const headers: Record<string, string> = {}
    response.headers.forEach((value, name) => {
      headers[name] = value
    })
    return { kind: 'response', status, headers, body: text, durationMs: elapsed() }
  } catch (error) {
    const failure = error as Error & { cause?: unknown }
    if (failure.name === 'TimeoutError' || failure.name === 'AbortError') {
      return { kind: 'timeout', status, durationMs: elapsed() }
    }
    const code = errorCode(failure.cause)
    const cause = failure.cause as { message?: string } | undefined
    if (status === null && code && UNREACHABLE[code]) {
      return {
        kind: 'unreachable',
        reason: `${UNREACHABLE[code]} (${code})`,
        durationMs: elapsed(),
      }
    }
    if (status === null && (code?.startsWith('ERR_TLS') || code?.includes('CERT'))) {
      return {
        kind: 'unreachable',
        reason: `TLS handshake failed (${code})`,
        durationMs: elapsed(),
      }
    }
    if (status === null && cause?.message === 'bad port') {
      return {
        kind: 'unreachable',
        reason: 'fetch refuses this port (it is on the "bad ports" list)',
        durationMs: elapsed(),
      }
    }
    return {
      kind: 'connection-closed',
      status,
      reason: describeClose(code, cause?.message ?? failure.message),
      durationMs: elapsed(),
    }
  }
}

/** The system error code, also from an AggregateError (several addresses tried) or a nested cause. */
function errorCode(cause: unknown): string | undefined {
  const error = cause as { code?: unknown; errors?: unknown[]; cause?: unknown } | undefined
  if (!error) return undefined
  if (typeof error.code === 'string') return error.code
  const inner = error.errors?.map(errorCode).find(Boolean)
  return inner ?? errorCode(error.cause)
}

function describeClose(code: string | undefined, message: string): string {
  if (code === 'ECONNRESET') return 'connection reset by the CRM (ECONNRESET)'
  if (code === 'UND_ERR_SOCKET') return `socket hang up: the CRM closed the connection (${message})`
  return code ? `${message} (${code})` : message
}
