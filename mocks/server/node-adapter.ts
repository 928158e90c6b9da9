/**
 * The node:http adapter: from IncomingMessage straight to the engine and back, with no Fetch
 * Request/Response in between (that conversion alone costs about 58% of throughput, measured
 * here). What happens to the request in between is answer-request.ts's.
 *
 * The body stays on the wire until the engine asks for it: routing, the credential and the
 * route's size limit (from Content-Length) are decided first, so an unauthenticated or oversized
 * upload is refused without being buffered, and a body is never read past its limit.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { Sandbox } from '../create-sandbox.ts'
import {
  type EventStream,
  type RouteResult,
  SSE_KEEPALIVE,
  SSE_KEEPALIVE_MS,
  serializeResult,
} from '../sandbox/route-result.ts'
import {
  type AnswerRequest,
  type ArrivedBody,
  type ArrivedRequest,
  createRequestAnswerer,
  type RequestListenerOptions,
  sandboxError,
} from './answer-request.ts'

/**
 * A refused body up to this size is read and discarded after the answer (never buffered), so a
 * client still sending it reads the answer instead of a reset, and the connection stays open; a
 * larger (or chunked) one closes the connection instead.
 */
const DISCARD_MAX_BYTES = 8 * 1024 * 1024

export function createRequestListener(sandbox: Sandbox, options: RequestListenerOptions = {}) {
  return nodeListenerFor(createRequestAnswerer(sandbox, options))
}

/** The node:http request listener that hands each request to `answer` and writes its result. */
export function nodeListenerFor(answer: AnswerRequest) {
  return function handleNodeRequest(req: IncomingMessage, res: ServerResponse): void {
    const body = new WireBody(req, res)
    const arrived: ArrivedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      httpVersion: req.httpVersion,
      headers: flattenHeaders(req),
      remoteAddress: req.socket.remoteAddress,
      secure: (req.socket as { encrypted?: boolean }).encrypted === true,
    }
    answer(arrived, body)
      .then((result) => {
        if (result.networkError) return void req.socket.destroy()
        // A fault rule's "no answer": the connection stays open until the client gives up.
        if (result.noAnswer) return
        write(res, result, body.leftUnread())
      })
      .catch((error: unknown) => {
        // A client that went away mid-body has no one to answer.
        if (body.aborted || req.socket.destroyed) return
        write(
          res,
          sandboxError(500, `Failed to answer "${req.url}": ${(error as Error).message}.`),
          true,
        )
      })
  }
}

/** The request body as the engine's PendingBody: read on demand, never past the limit. */
class WireBody implements ArrivedBody {
  readonly declaredBytes: number | undefined
  readonly isEmpty: boolean
  aborted = false
  #started = false
  #overflowed = false
  readonly #req: IncomingMessage
  readonly #res: ServerResponse

  constructor(req: IncomingMessage, res: ServerResponse) {
    this.#req = req
    this.#res = res
    const length = req.headers['content-length']
    this.declaredBytes = length === undefined ? undefined : Number(length)
    this.isEmpty =
      this.declaredBytes === 0 || (length === undefined && !req.headers['transfer-encoding'])
  }

  read(limitBytes: number): Promise<Uint8Array | undefined | 'too-large'> {
    if (this.isEmpty) return Promise.resolve(undefined)
    if ((this.declaredBytes ?? 0) > limitBytes) {
      this.#overflowed = true
      return Promise.resolve('too-large')
    }
    this.#started = true
    // Usually the whole body came with the headers: once Node's parser has handed it over (later
    // in the turn that delivered the headers, which is when this runs), it waits in the stream's
    // buffer and is taken at once, without listeners, closures or more turns of the event loop.
    if (this.#allBuffered()) return Promise.resolve(this.#readBuffered(limitBytes))
    return Promise.resolve().then(() =>
      this.#allBuffered() ? this.#readBuffered(limitBytes) : this.#readStreaming(limitBytes),
    )
  }

  #allBuffered(): boolean {
    const req = this.#req
    return (
      req.complete || (this.declaredBytes !== undefined && req.readableLength >= this.declaredBytes)
    )
  }

  #readStreaming(limitBytes: number): Promise<Uint8Array | undefined | 'too-large'> {
    const req = this.#req
    // A client that asked first (Expect: 100-continue) sends the body only once admitted.
    if (req.headers.expect?.toLowerCase() === '100-continue') this.#res.writeContinue()
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      let total = 0
      const onData = (chunk: Buffer) => {
        total += chunk.byteLength
        if (total > limitBytes) {
          // Stop buffering at once; the rest is discarded as the connection closes.
          this.#overflowed = true
          cleanup()
          chunks.length = 0
          resolve('too-large')
          return
        }
        chunks.push(chunk)
      }
      const onEnd = () => {
        cleanup()
        resolve(
          chunks.length === 0
            ? undefined
            : chunks.length === 1
              ? (chunks[0] as Buffer)
              : Buffer.concat(chunks, total),
        )
      }
      const onClose = () => {
        if (req.complete) return
        this.aborted = true
        cleanup()
        reject(new Error('the client closed the connection before sending the whole body'))
      }
      const cleanup = () => {
        req.off('data', onData)
        req.off('end', onEnd)
        req.off('close', onClose)
      }
      req.on('data', onData)
      req.on('end', onEnd)
      req.on('close', onClose)
    })
  }

  #readBuffered(limitBytes: number): Uint8Array | undefined | 'too-large' {
    const req = this.#req
    if (req.readableLength > limitBytes) {
      this.#overflowed = true
      return 'too-large'
    }
    const chunks: Buffer[] = []
    let total = 0
    for (let chunk: Buffer | null = req.read(); chunk !== null; chunk = req.read()) {
      chunks.push(chunk)
      total += chunk.byteLength
    }
    if (chunks.length === 0) return undefined
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total)
  }

  /**
   * Whether the answer should close the connection: a body the engine refused to read (or stopped
   * reading) that is too big to discard cheaply. Node discards what is left either way, without
   * buffering it.
   */
  leftUnread(): boolean {
    if (this.isEmpty) return false
    if (this.#overflowed) return true
    if (this.#started) return false
    // A client waiting for 100 Continue never got it: what it does next is its guess; start afresh.
    if (this.#req.headers.expect !== undefined) return true
    return this.declaredBytes === undefined || this.declaredBytes > DISCARD_MAX_BYTES
  }
}

/**
 * The request's headers, one string each. Node already joins repeated headers with ", " (or "; "
 * for Cookie) and leaves only `set-cookie` an array, so the common request is answered with
 * Node's own object, not a copy.
 */
function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const given = req.headers
  for (const name in given) {
    if (typeof given[name] !== 'string') return copyFlattened(given)
  }
  return given as Record<string, string>
}

function copyFlattened(given: IncomingMessage['headers']): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(given)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return headers
}

/** The answer's Content-Length: both HTTP fronts frame a payload the same way. */
export function payloadBytes(payload: string | Uint8Array): number {
  return typeof payload === 'string' ? Buffer.byteLength(payload) : payload.byteLength
}

function write(res: ServerResponse, result: RouteResult, close: boolean): void {
  if (res.headersSent || res.destroyed) return
  const { status, headers, payload, stream } = serializeResult(result)
  if (stream) {
    openStream(res, status, headers, stream)
    return
  }
  if (payload !== undefined) headers['content-length'] = String(payloadBytes(payload))
  if (close) headers.connection = 'close'
  res.writeHead(status, headers)
  res.end(payload)
}

/** Sends the headers, then the stream's frames as they come, until the client goes away. */
function openStream(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  stream: EventStream,
): void {
  res.writeHead(status, headers)
  res.flushHeaders()
  const stop = stream.open((frame) => {
    if (!res.destroyed) res.write(frame)
  })
  const keepAlive = setInterval(() => res.write(SSE_KEEPALIVE), SSE_KEEPALIVE_MS)
  keepAlive.unref()
  res.on('close', () => {
    clearInterval(keepAlive)
    stop()
  })
}

/**
 * Answers an `Expect` other than `100-continue` (Node alone sends an empty 417), in the same
 * minimal shape as answerClientError.
 */
export function answerUnsupportedExpectation(req: IncomingMessage, res: ServerResponse): void {
  write(
    res,
    sandboxError(
      417,
      `Failed to read the request: Expect "${req.headers.expect}" is not supported; only "100-continue" is.`,
    ),
    true,
  )
}

/** Statuses for the errors Node's HTTP parser and timers raise before a request exists. */
const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [
    431,
    'Request Header Fields Too Large',
    'the request line and headers exceed 16 KB',
  ],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'Payload Too Large', 'chunk extensions are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'the request did not arrive in time'],
}

/**
 * Answers what Node's HTTP parser rejects (malformed request line or headers, headers over
 * 16 KB, a request that does not arrive within the request timeout) with a minimal answer in the
 * sandbox's own shape, `{"error": "..."}`, and closes the connection; Node alone would send an
 * empty body. No service is known yet at this point, so no service's error shape applies.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // A peer that reset, or an answer already under way, leaves nothing to write to.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy()
    return
  }
  const [status, reason, why] = CLIENT_ERRORS[error.code ?? ''] ?? [
    400,
    'Bad Request',
    `the request is not valid HTTP/1.1 (${error.code ?? error.message})`,
  ]
  const body = JSON.stringify({ error: `[martech-sandbox] Failed to read the request: ${why}.` })
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  )
}
