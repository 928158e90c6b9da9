/**
 * The plain-request path of the standalone server: a keep-alive HTTP/1.1 request that has arrived
 * whole (request line, headers and a Content-Length body of at most 64 KB, all in the bytes the
 * socket delivered) is read and answered straight from and to the socket, without node:http's
 * IncomingMessage and ServerResponse. Those two objects and their streams are a large part of
 * what the server spends on a request beyond the engine: measured on the track call, this path
 * takes the server from 0.55 to 0.68 of a bare node:http server's throughput on its own.
 *
 * node:http stays the authority on HTTP. A connection whose next request is anything else
 * (chunked, `Expect`, `Upgrade`, HEAD, HTTP/1.0, `Connection: close`, a repeated or malformed
 * header, a request still arriving, the admin API, which streams) is handed to node:http with
 * every byte not yet answered, and stays with it: its parser, limits, timeouts and error answers
 * apply unchanged, as if it had read the connection from the start.
 */
import type { Server } from 'node:http'
import type { Socket } from 'node:net'
import { rememberedUpTo } from '../sandbox/remembered.ts'
import { lowerCased, type RouteResult, serializeResult } from '../sandbox/route-result.ts'
import { isAdminPath } from './admin-access.ts'
import {
  type AnswerRequest,
  type ArrivedBody,
  type ArrivedRequest,
  sandboxError,
} from './answer-request.ts'
import { answerClientError, payloadBytes } from './node-adapter.ts'

/** node:http's own default (`--max-http-header-size`): a longer head is node:http's to refuse. */
const MAX_HEAD_BYTES = 16 * 1024
/** A larger body is read by node:http, which never buffers past the route's limit. */
const MAX_BODY_BYTES = 64 * 1024
/** Unanswered bytes a pipelining client may queue before the socket stops being read. */
const MAX_QUEUED_BYTES = 1024 * 1024

const REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE|OPTIONS) (\/[!-~]*) HTTP\/1\.1\r\n/
/** A header line as RFC 9110 allows it, no obs-fold; the value without its surrounding blanks. */
const HEADER_LINE =
  /([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*((?:[!-~\x80-\xff]+(?:[ \t]+[!-~\x80-\xff]+)*)?)[ \t]*\r\n/y
const CONTENT_LENGTH = /^\d{1,9}$/
const BLANK_LINE = Buffer.from('\r\n\r\n', 'latin1')
const CR = 13
const LF = 10
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
const ASCII_VALUE = /^[\t\x20-\x7e]*$/
const LATIN1_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/

const { STATUS_CODES } = process.getBuiltinModule('node:http')
const REQUEST_TIMEOUT = Object.assign(new Error('request timeout'), {
  code: 'ERR_HTTP_REQUEST_TIMEOUT',
})

export interface PlainRequests {
  /** Destroys the connections this path is serving (those handed to node:http are node's). */
  destroyConnections(): void
}

export interface PlainRequestOptions {
  /** The first request's wait, as node:http's `headersTimeout`. */
  headersMs: number
  /** The wait between requests, as node:http's `keepAliveTimeout`. */
  keepAliveMs: number
}

/**
 * Takes `server`'s connections first: each is served here while its requests are plain, and
 * given to node:http's own connection handling at the first that is not.
 */
export function servePlainRequests(
  server: Server,
  answer: AnswerRequest,
  options: PlainRequestOptions,
): PlainRequests {
  const nodeListeners = server.listeners('connection') as Array<(socket: Socket) => void>
  server.removeAllListeners('connection')
  const connections = new Set<PlainConnection>()
  const handOver = (socket: Socket) => {
    for (const listener of nodeListeners) listener.call(server, socket)
  }
  server.on('connection', (socket: Socket) => {
    connections.add(new PlainConnection(socket, answer, options, handOver, connections))
  })
  return {
    destroyConnections() {
      for (const connection of connections) connection.destroy()
    },
  }
}

/** The parts of a request this path needs, read from its head; undefined when not plain. */
interface PlainHead {
  method: string
  url: string
  headers: Record<string, string>
  bodyBytes: number
  /** Bytes from the start of the head to the end of the body. */
  totalBytes: number
}

function readPlainHead(bytes: Buffer, headEnd: number): PlainHead | undefined {
  const head = bytes.toString('latin1', 0, headEnd + 2)
  const line = REQUEST_LINE.exec(head)
  if (line === null) return undefined
  const [requestLine, method, url] = line as unknown as [string, string, string]
  const queryAt = url.indexOf('?')
  if (isAdminPath(queryAt === -1 ? url : url.slice(0, queryAt))) return undefined
  const headers: Record<string, string> = {}
  HEADER_LINE.lastIndex = requestLine.length
  while (HEADER_LINE.lastIndex < head.length) {
    const at = HEADER_LINE.lastIndex
    const header = HEADER_LINE.exec(head)
    if (header === null || header.index !== at) return undefined
    const name = lowerCased(header[1] as string)
    // Repeated headers are node:http's to join (or drop); `__proto__` would not be a property.
    if (headers[name] !== undefined || name === '__proto__') return undefined
    headers[name] = header[2] as string
  }
  if (
    headers['transfer-encoding'] !== undefined ||
    headers.expect !== undefined ||
    headers.upgrade !== undefined ||
    (headers.connection !== undefined && headers.connection.toLowerCase() !== 'keep-alive')
  )
    return undefined
  const length = headers['content-length']
  let bodyBytes = 0
  if (length !== undefined) {
    if (!CONTENT_LENGTH.test(length)) return undefined
    bodyBytes = Number(length)
    if (bodyBytes > MAX_BODY_BYTES) return undefined
  }
  return { method, url, headers, bodyBytes, totalBytes: headEnd + 4 + bodyBytes }
}

/** A head with a headers object of its own: a request's headers are its own to change. */
function ownCopy(head: PlainHead): PlainHead {
  return { ...head, headers: { ...head.headers } }
}

/** A body that arrived whole with its headers. */
class HeldBody implements ArrivedBody {
  readonly isEmpty = false
  readonly declaredBytes: number
  overflowed = false
  readonly #bytes: Buffer

  constructor(bytes: Buffer) {
    this.#bytes = bytes
    this.declaredBytes = bytes.byteLength
  }

  read(limitBytes: number): Promise<Uint8Array | undefined | 'too-large'> {
    if (this.declaredBytes <= limitBytes) return Promise.resolve(this.#bytes)
    this.overflowed = true
    return Promise.resolve('too-large')
  }
}

const NO_BODY: ArrivedBody = Object.freeze({
  isEmpty: true,
  declaredBytes: undefined,
  read: () => Promise.resolve(undefined),
})

class PlainConnection {
  /** Bytes received and not yet answered. */
  #queued: Buffer | undefined
  /**
   * The last plain head read on this connection (up to its last header line's CRLF) and what it
   * said. A client repeating a call sends the same head again, byte for byte: compared whole, it
   * is not read again (reading it was most of what this path spent on a request).
   */
  #lastHeadBytes: Buffer | undefined
  #lastHead: PlainHead | undefined
  /** Answers given in this turn of the event loop and not yet written (all ASCII). */
  #held: string | undefined
  /** A request is being answered (or was given no answer, and the connection waits for the client). */
  #busy = false
  #clientEnded = false
  #answeredOne = false
  /** The client is not reading its answers: no more of its requests are read until it does. */
  #waitingForDrain = false
  readonly #socket: Socket
  readonly #answer: AnswerRequest
  readonly #options: PlainRequestOptions
  readonly #handOver: (socket: Socket) => void
  readonly #connections: Set<PlainConnection>

  constructor(
    socket: Socket,
    answer: AnswerRequest,
    options: PlainRequestOptions,
    handOver: (socket: Socket) => void,
    connections: Set<PlainConnection>,
  ) {
    this.#socket = socket
    this.#answer = answer
    this.#options = options
    this.#handOver = handOver
    this.#connections = connections
    socket.setTimeout(options.headersMs)
    socket.on('data', this.#onData)
    socket.on('end', this.#onEnd)
    socket.on('timeout', this.#onTimeout)
    socket.on('error', this.#onError)
    socket.on('close', this.#onClose)
  }

  destroy(): void {
    this.#socket.destroy()
  }

  readonly #onData = (chunk: Buffer): void => {
    const queued = this.#queued === undefined ? chunk : Buffer.concat([this.#queued, chunk])
    this.#queued = queued
    if (this.#busy || this.#waitingForDrain) {
      if (queued.byteLength > MAX_QUEUED_BYTES) this.#socket.pause()
      return
    }
    this.#next()
  }

  readonly #onEnd = (): void => {
    this.#clientEnded = true
    if (!this.#busy && !this.#waitingForDrain) this.#end()
  }

  /**
   * Idle past the wait: before the first request node:http answers 408 (the headers timeout),
   * between requests it closes (the keep-alive timeout); the same here.
   */
  readonly #onTimeout = (): void => {
    if (this.#busy || this.#waitingForDrain) return
    if (this.#answeredOne) this.#socket.destroy()
    else answerClientError(REQUEST_TIMEOUT, this.#socket)
  }

  // A reset or broken pipe: the socket is destroyed, with no one left to answer.
  readonly #onError = (): void => {}

  readonly #onClose = (): void => {
    this.#connections.delete(this)
  }

  /** Answers the next queued request, or hands the connection over when it is not plain. */
  #next(): void {
    const bytes = this.#queued
    if (bytes === undefined || this.#busy || this.#waitingForDrain) return
    const head = this.#repeatedHead(bytes) ?? this.#readHead(bytes)
    if (head === undefined || bytes.byteLength < head.totalBytes) {
      this.#giveToNode(bytes)
      return
    }
    this.#queued =
      bytes.byteLength === head.totalBytes ? undefined : bytes.subarray(head.totalBytes)
    if (this.#socket.isPaused()) this.#socket.resume()
    const request: ArrivedRequest = {
      method: head.method,
      url: head.url,
      httpVersion: '1.1',
      headers: head.headers,
      remoteAddress: this.#socket.remoteAddress,
      secure: false,
    }
    const body =
      head.bodyBytes === 0
        ? NO_BODY
        : new HeldBody(bytes.subarray(head.totalBytes - head.bodyBytes, head.totalBytes))
    this.#busy = true
    this.#answer(request, body).then(
      (result) => this.#respond(result, body instanceof HeldBody && body.overflowed),
      (error: unknown) =>
        this.#respond(
          sandboxError(500, `Failed to answer "${head.url}": ${(error as Error).message}.`),
          true,
        ),
    )
  }

  /**
   * The last head again, when `bytes` start with it and then the blank line: the head ends there
   * (the last head holds no blank line, and its closing CRLF cannot start one with the next).
   * Its headers object is a copy: each request's is its own.
   */
  #repeatedHead(bytes: Buffer): PlainHead | undefined {
    const last = this.#lastHeadBytes
    if (last === undefined) return undefined
    const length = last.byteLength
    if (
      bytes.byteLength < length + 2 ||
      bytes[length] !== CR ||
      bytes[length + 1] !== LF ||
      bytes.compare(last, 0, length, 0, length) !== 0
    )
      return undefined
    return ownCopy(this.#lastHead as PlainHead)
  }

  #readHead(bytes: Buffer): PlainHead | undefined {
    const headEnd = bytes.indexOf(BLANK_LINE)
    if (headEnd === -1 || headEnd + 4 > MAX_HEAD_BYTES) return undefined
    const head = readPlainHead(bytes, headEnd)
    if (head === undefined) return undefined
    // A copy: a view would keep the whole chunk (up to a megabyte of pipelined requests) alive.
    this.#lastHeadBytes = Buffer.from(bytes.subarray(0, headEnd + 2))
    this.#lastHead = ownCopy(head)
    return head
  }

  #respond(result: RouteResult, close: boolean): void {
    const socket = this.#socket
    if (socket.destroyed) return
    if (result.networkError) return void socket.destroy()
    // A fault rule's "no answer": the connection stays open, and busy, until the client gives up.
    if (result.noAnswer) return
    let answer: FramedAnswer
    try {
      answer = frameAnswer(result, close, this.#options.keepAliveMs)
    } catch (error) {
      // What node:http refuses to write (a header value with a line break) is a 500 there too.
      answer = frameAnswer(
        sandboxError(500, `Failed to answer: ${(error as Error).message}.`),
        true,
        this.#options.keepAliveMs,
      )
    }
    this.#send(answer)
    if (answer.closing) {
      this.#queued = undefined
      socket.off('data', this.#onData)
      this.#end()
      return
    }
    if (!this.#answeredOne) {
      this.#answeredOne = true
      socket.setTimeout(this.#options.keepAliveMs)
    }
    this.#busy = false
    if (socket.writableNeedDrain) {
      this.#waitingForDrain = true
      socket.once('drain', () => {
        this.#waitingForDrain = false
        this.#continue()
      })
    } else this.#continue()
  }

  /**
   * An all-ASCII answer waits for the end of the event loop's turn (holdUntilTurnEnds), joined to
   * any other this connection gives in the turn; another is written at once, after those.
   */
  #send(answer: FramedAnswer): void {
    const { head, payload } = answer
    if (answer.ascii && typeof payload !== 'object') {
      const text = payload === undefined ? head : head + payload
      if (this.#held === undefined) {
        this.#held = text
        holdUntilTurnEnds(this)
      } else this.#held += text
      // A client that pipelines faster than it reads meets the socket's back-pressure as before.
      if (this.#held.length >= this.#socket.writableHighWaterMark) this.flushHeld()
      return
    }
    this.flushHeld()
    const socket = this.#socket
    socket.cork()
    socket.write(head, 'latin1')
    if (payload !== undefined) socket.write(payload)
    socket.uncork()
  }

  /** Writes the answers held for the end of the turn. */
  flushHeld(): void {
    const held = this.#held
    if (held === undefined) return
    this.#held = undefined
    if (!this.#socket.destroyed) this.#socket.write(held)
  }

  /** After an answer: the next queued request, or the end the client asked for. */
  #continue(): void {
    if (this.#queued !== undefined) this.#next()
    else if (this.#clientEnded) this.#end()
  }

  /** Ends the connection after the answers held for the end of the turn. */
  #end(): void {
    this.flushHeld()
    this.#socket.end()
  }

  #giveToNode(bytes: Buffer): void {
    const socket = this.#socket
    // node:http may answer at once: what this path answered goes first.
    this.flushHeld()
    this.#queued = undefined
    this.#connections.delete(this)
    socket.off('data', this.#onData)
    socket.off('end', this.#onEnd)
    socket.off('timeout', this.#onTimeout)
    socket.off('error', this.#onError)
    socket.off('close', this.#onClose)
    socket.setTimeout(0)
    socket.pause()
    socket.unshift(bytes)
    this.#handOver(socket)
    socket.resume()
  }
}

/** An HTTP date, as node:http sends it: the same string for the rest of the second. */
let httpDate: string | undefined
function currentHttpDate(): string {
  if (httpDate === undefined) {
    const now = new Date()
    httpDate = now.toUTCString()
    setTimeout(() => {
      httpDate = undefined
    }, 1000 - now.getMilliseconds()).unref()
  }
  return httpDate
}

/** A route's few header names, each checked once. */
const isToken = rememberedUpTo(512, (name) => TOKEN.test(name))

/**
 * Answers given in one turn of the event loop leave together at its end. Written one by one
 * between requests, every answer woke the idle load generator or client on its own, and on a
 * virtual machine each wake-up cost more than the request: measured on the track call, 0.68 →
 * 0.84 of a bare node:http server. Held as text by each connection, not by corking its socket:
 * a corked socket buffers each write as a request of its own and replays them on uncork.
 */
const holding: PlainConnection[] = []
function flushHolding(): void {
  for (const connection of holding) connection.flushHeld()
  holding.length = 0
}
function holdUntilTurnEnds(connection: PlainConnection): void {
  if (holding.push(connection) === 1) setImmediate(flushHolding)
}

/** An answer framed as node:http would frame it. */
interface FramedAnswer {
  /** Status line and headers, blank line included (latin1). */
  head: string
  payload: string | Uint8Array | undefined
  /** The head is all ASCII: with a string payload, the answer can be written as one UTF-8 text. */
  ascii: boolean
  /** The connection closes after this answer. */
  closing: boolean
}

/**
 * Frames the answer as node:http would (its status line, the result's headers, `Date`,
 * `Connection`, `Keep-Alive`). Throws for what node:http refuses to write.
 */
function frameAnswer(result: RouteResult, close: boolean, keepAliveMs: number): FramedAnswer {
  const { status, headers, payload, stream } = serializeResult(result)
  // Only the admin API streams, and its requests go to node:http.
  if (stream) throw new Error('a streamed answer reached the plain-request path')
  if (payload !== undefined) headers['content-length'] = String(payloadBytes(payload))
  else if (status !== 204 && status !== 304 && headers['content-length'] === undefined)
    headers['content-length'] = '0'
  if (close) headers.connection = 'close'
  let head = `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'unknown'}\r\n`
  let ascii = true
  for (const name in headers) {
    const value = headers[name] as string
    if (!isToken(name)) throw new Error(`the header name "${name}" is not a token`)
    if (!ASCII_VALUE.test(value)) {
      if (!LATIN1_VALUE.test(value))
        throw new Error(`the value of the header "${name}" holds a character HTTP forbids`)
      ascii = false
    }
    head += `${name}: ${value}\r\n`
  }
  if (headers.date === undefined) head += `Date: ${currentHttpDate()}\r\n`
  const closing = headers.connection !== undefined && headers.connection.toLowerCase() === 'close'
  if (headers.connection === undefined)
    head += `Connection: keep-alive\r\nKeep-Alive: timeout=${Math.floor(keepAliveMs / 1000)}\r\n`
  return { head: `${head}\r\n`, payload, ascii, closing }
}
