/**
 * POSTs one webhook body the way Jivo does: JSON, no signature, one attempt, and a deadline for
 * the whole exchange (headers and body). Tells apart a CRM that cannot be reached at all
 * (connection refused, DNS: the URL is wrong) from one that was reached and then failed to
 * answer properly (timeout, connection closed mid-reply, a reply that is not HTTP, a broken
 * compressed body, a TLS failure, a reply over 1 MB: the CRM is wrong).
 *
 * Over the network it sends with node:http(s), so the report can list exactly the headers that
 * went out (fetch adds its own). A caller may inject a `fetch` instead: the admin API does, to
 * reach the sandbox's own hosts in process; then the headers handed to that fetch are reported.
 * Either way the reply is read only up to MAX_REPLY_BYTES and decoded in its declared charset.
 *
 * @see shared/research/jivochat.md §1 (POST, JSON, no signature [C:S1]; timeout and retries
 * undocumented, 3 s from the Bot API [C:S5]; Content-Type [I])
 */
// node:http(s) and node:zlib are imported when a webhook goes over the network, so the in-process
// path (and the sandbox in a browser) never loads them; reading `http.request` at call time also
// picks up MSW's patch of it.
import type { IncomingMessage } from 'node:http'
import type { Readable } from 'node:stream'

/** Jivo's Bot API allows 3 s per request; the CRM webhooks document none, so 3 s is assumed [INF]. */
export const DEFAULT_TIMEOUT_MS = 3000

/**
 * The largest reply read, decompressed. A CRM reply is a small JSON object (ten custom_data rows
 * at most); Jivo's own limit is undocumented, so 1 MB is the simulator's choice [INF]. A longer
 * reply is a `reply_too_large` violation and the connection is closed at once.
 */
export const MAX_REPLY_BYTES = 1024 * 1024

/** Sent with every webhook. Jivo documents only "a JSON body"; the header and charset are [INF]. */
export const REQUEST_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
}

/** Ways a reached CRM failed to give a usable reply; each is a violation code of its own. */
export type DeliveryFailure =
  | 'connection_closed'
  | 'invalid_http'
  | 'decompression_failed'
  | 'tls_error'
  | 'reply_too_large'

export type DeliveryResult = (
  | {
      kind: 'response'
      status: number
      headers: Record<string, string>
      body: string
      /** Set when the declared charset is unknown and the body was read as UTF-8. */
      charsetNote?: string
    }
  /** Reached, but no complete reply in time. `status` is set when the headers did arrive. */
  | { kind: 'timeout'; status: number | null }
  /** Reached, but the reply could not be read; `status` is set when the headers did arrive. */
  | { kind: 'failed'; failure: DeliveryFailure; status: number | null; reason: string }
  /** Never reached: connection refused, DNS failure, no route. */
  | { kind: 'unreachable'; reason: string }
) & {
  durationMs: number
  /** The request headers as they went out. */
  requestHeaders: Record<string, string>
}

export interface DeliverOptions {
  timeoutMs?: number
  /** Send through this fetch instead of node:http (the admin API's in-process fetch). */
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

/** What can go wrong once the CRM was reached, as the error that says so. */
class ReplyError extends Error {
  readonly failure: DeliveryFailure
  constructor(failure: DeliveryFailure, message: string) {
    super(message)
    this.failure = failure
  }
}

export async function deliver(
  url: string,
  body: string,
  options: DeliverOptions = {},
): Promise<DeliveryResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const started = performance.now()
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), timeoutMs)
  const exchange = options.fetch
    ? viaFetch(options.fetch, url, body, deadline.signal)
    : viaNodeHttp(url, body, deadline.signal)
  const { requestHeaders } = exchange
  let status: number | null = null
  try {
    const reply = await exchange.reply((received) => {
      status = received
    })
    const { text, note } = decode(reply.bytes, reply.headers['content-type'])
    return {
      kind: 'response',
      status: reply.status,
      headers: reply.headers,
      body: text,
      ...(note ? { charsetNote: note } : {}),
      durationMs: elapsed(),
      requestHeaders,
    }
  } catch (error) {
    const durationMs = elapsed()
    if (deadline.signal.aborted) return { kind: 'timeout', status, durationMs, requestHeaders }
    if (error instanceof ReplyError)
      return {
        kind: 'failed',
        failure: error.failure,
        status,
        reason: error.message,
        durationMs,
        requestHeaders,
      }
    const classified = classify(error, status)
    return { ...classified, durationMs, requestHeaders }
  } finally {
    clearTimeout(timer)
    // Closes the connection if the reply was cut short (too large, broken): nothing more is read.
    deadline.abort()
  }
}

interface RawReply {
  status: number
  headers: Record<string, string>
  bytes: Uint8Array
}

interface Exchange {
  requestHeaders: Record<string, string>
  reply(onStatus: (status: number) => void): Promise<RawReply>
}

function viaNodeHttp(url: string, body: string, signal: AbortSignal): Exchange {
  const target = new URL(url)
  const payload = Buffer.from(body)
  // Every header is set here, so the report lists exactly what node:http sends: it adds none.
  const requestHeaders = {
    host: target.host,
    ...REQUEST_HEADERS,
    'content-length': String(payload.byteLength),
    connection: 'close',
  }
  return {
    requestHeaders,
    reply: async (onStatus) => {
      const [{ default: http }, { default: https }, zlib] = await Promise.all([
        import('node:http'),
        import('node:https'),
        import('node:zlib'),
      ])
      const send = target.protocol === 'https:' ? https.request : http.request
      return new Promise<RawReply>((resolve, reject) => {
        const req = send(target, {
          method: 'POST',
          headers: requestHeaders,
          signal,
          agent: false,
        })
        req.on('error', reject)
        req.on('response', (res: IncomingMessage) => {
          onStatus(res.statusCode ?? 0)
          const headers: Record<string, string> = {}
          for (const [name, value] of Object.entries(res.headers))
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
          let stream: Readable = res
          const decoder = decompressor(headers['content-encoding'], zlib)
          if (decoder) stream = res.pipe(decoder)
          res.on('error', reject)
          readCapped(stream)
            .then((bytes) => resolve({ status: res.statusCode ?? 0, headers, bytes }))
            .catch(reject)
        })
        req.end(payload)
      })
    },
  }
}

function viaFetch(
  fetchImpl: typeof fetch,
  url: string,
  body: string,
  signal: AbortSignal,
): Exchange {
  const requestHeaders = { ...REQUEST_HEADERS }
  return {
    requestHeaders,
    reply: async (onStatus) => {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: requestHeaders,
        body,
        // Jivo's redirect handling is undocumented: a 3xx is reported as the CRM's answer [INF].
        redirect: 'manual',
        signal,
      })
      onStatus(response.status)
      const headers: Record<string, string> = {}
      response.headers.forEach((value, name) => {
        headers[name] = value
      })
      const chunks: Uint8Array[] = []
      let total = 0
      if (response.body) {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          total += chunk.byteLength
          if (total > MAX_REPLY_BYTES) throw tooLarge()
          chunks.push(chunk)
        }
      }
      return { status: response.status, headers, bytes: concatBytes(chunks, total) }
    },
  }
}

/** Buffer.concat without Buffer, which browsers lack. */
function concatBytes(chunks: Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return bytes
}

function tooLarge(): ReplyError {
  return new ReplyError(
    'reply_too_large',
    `the reply is over ${MAX_REPLY_BYTES} bytes; the simulator stopped reading and closed the connection`,
  )
}

function readCapped(stream: Readable): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let total = 0
    stream.on('data', (chunk: Buffer) => {
      total += chunk.byteLength
      if (total > MAX_REPLY_BYTES) {
        stream.destroy()
        reject(tooLarge())
        return
      }
      chunks.push(chunk)
    })
    stream.on('end', () => resolve(Buffer.concat(chunks, total)))
    stream.on('error', (error: Error & { code?: string }) =>
      reject(
        isDecompressionError(error.code)
          ? new ReplyError(
              'decompression_failed',
              `the reply's Content-Encoding could not be decoded: ${error.message} (${error.code})`,
            )
          : error,
      ),
    )
  })
}

/** The simulator sends no Accept-Encoding, but a CRM that compresses anyway is still read. */
function decompressor(encoding: string | undefined, zlib: typeof import('node:zlib')) {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip()
    case 'deflate':
      return zlib.createInflate()
    case 'br':
      return zlib.createBrotliDecompress()
    default:
      return undefined
  }
}

/** The body in its declared charset (UTF-8 when none is declared, as JSON requires). */
function decode(
  bytes: Uint8Array,
  contentType: string | undefined,
): { text: string; note?: string } {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]
  if (!charset) return { text: new TextDecoder().decode(bytes) }
  try {
    return { text: new TextDecoder(charset).decode(bytes) }
  } catch {
    return {
      text: new TextDecoder().decode(bytes),
      note: `the reply declares charset "${charset}", which is unknown; it was read as UTF-8`,
    }
  }
}

type Classified =
  | { kind: 'unreachable'; reason: string }
  | { kind: 'failed'; failure: DeliveryFailure; status: number | null; reason: string }

/** A transport error, from node:http or fetch (whose cause carries the code), as what happened. */
function classify(error: unknown, status: number | null): Classified {
  const failure = error as Error & { cause?: unknown; code?: string }
  const code = failure.code ?? errorCode(failure.cause)
  const cause = (failure.cause ?? failure) as { message?: string; name?: string }
  const message = cause.message ?? failure.message
  if (status === null && code && UNREACHABLE[code])
    return { kind: 'unreachable', reason: `${UNREACHABLE[code]} (${code})` }
  if (status === null && message === 'bad port')
    return {
      kind: 'unreachable',
      reason: 'fetch refuses this port (it is on the "bad ports" list)',
    }
  if (code && /^(ERR_TLS_|ERR_SSL_|EPROTO$)|CERT|SIGNATURE/.test(code))
    return {
      kind: 'failed',
      failure: 'tls_error',
      status,
      reason: `TLS failed: ${message} (${code})`,
    }
  if (code?.startsWith('HPE_') || cause.name === 'HTTPParserError')
    return {
      kind: 'failed',
      failure: 'invalid_http',
      status,
      reason: `the reply is not valid HTTP/1.1: ${message}${code ? ` (${code})` : ''}`,
    }
  if (isDecompressionError(code))
    return {
      kind: 'failed',
      failure: 'decompression_failed',
      status,
      reason: `the reply's Content-Encoding could not be decoded: ${message} (${code})`,
    }
  return {
    kind: 'failed',
    failure: 'connection_closed',
    status,
    reason: describeClose(code, message),
  }
}

/** zlib's codes (`Z_DATA_ERROR`) and Brotli's (`ERR__ERROR_FORMAT_PADDING_1`). */
function isDecompressionError(code: string | undefined): boolean {
  return code !== undefined && (code.startsWith('Z_') || code.startsWith('ERR__'))
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
  if (message === 'aborted') return 'the CRM closed the connection in the middle of the reply'
  if (message === 'socket hang up')
    return 'socket hang up: the CRM closed the connection before answering'
  if (code === 'ECONNRESET') return 'connection reset by the CRM (ECONNRESET)'
  if (code === 'UND_ERR_SOCKET') return `socket hang up: the CRM closed the connection (${message})`
  return code ? `${message} (${code})` : message
}
