/**
 * What a route returns and an adapter writes: a status, headers and a body. Adapters only
 * serialise a RouteResult; they never build an error body themselves.
 */
import { rememberedUpTo } from './remembered.ts'

export interface RouteResult {
  status: number
  headers?: Record<string, string>
  /**
   * A JSON value (sent as application/json), a string (text/plain unless headers say otherwise),
   * bytes, an EventStream (text/event-stream, open until the client leaves), or nothing.
   */
  body?: unknown
  /** Set by a fault rule: the adapter drops the connection instead of answering. */
  networkError?: boolean
  /** Set by a fault rule: the adapter never answers, and the connection stays open until the client gives up. */
  noAnswer?: boolean
}

export function json(status: number, body: unknown, headers?: Record<string, string>): RouteResult {
  return { status, body, headers }
}

export function text(status: number, body: string, headers?: Record<string, string>): RouteResult {
  return { status, body, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } }
}

export function noContent(headers?: Record<string, string>): RouteResult {
  return { status: 204, headers }
}

/**
 * A body that stays open: Server-Sent Events written as they happen. `open` starts sending frames
 * (`sseFrame()`) to `write` and returns what stops it; each adapter calls it once the headers are
 * out, and stops it when the client leaves. Nothing runs before a client opens the stream.
 *
 * @example
 * body: new EventStream((write) => events.on('journal:recorded', (e) => write(sseFrame('request', e, e.id))))
 */
export class EventStream {
  readonly open: (write: (frame: string) => void) => () => void
  constructor(open: (write: (frame: string) => void) => () => void) {
    this.open = open
  }
}

/** One Server-Sent Event: `event:`, optional `id:` (what a reconnecting client sends as Last-Event-ID), and JSON `data:`. */
export function sseFrame(event: string, data: unknown, id?: number): string {
  // JSON.stringify never emits a raw newline, so the data is always one `data:` line.
  return `event: ${event}\n${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(data)}\n\n`
}

/** A comment line: keeps an idle stream from being closed by proxies, ignored by EventSource. */
export const SSE_KEEPALIVE = ': keep-alive\n\n'

/** How often an open event stream sends SSE_KEEPALIVE. */
export const SSE_KEEPALIVE_MS = 15_000

export interface SerializedResult {
  status: number
  headers: Record<string, string>
  payload: string | Uint8Array | undefined
  /** An open body the adapter keeps writing after the headers, instead of a payload. */
  stream?: EventStream
}

/**
 * Header names lower-cased, remembered: the same few names (`X-RateLimit-Limit`…) come on every
 * answer, and a fresh lower-cased string as a property name costs a hash and a string-table
 * lookup each time. Bounded; past the bound a name is lower-cased afresh.
 */
export const lowerCased = rememberedUpTo(512, (name) => name.toLowerCase())

/** Turns a RouteResult into a status, final headers and a payload: the one serialiser both adapters use. */
export function serializeResult(result: RouteResult): SerializedResult {
  const headers: Record<string, string> = {}
  const given = result.headers
  if (given !== undefined)
    for (const name in given)
      if (Object.hasOwn(given, name)) headers[lowerCased(name)] = given[name] as string
  const { body } = result
  if (body === undefined || result.status === 204 || result.status === 304) {
    return { status: result.status, headers, payload: undefined }
  }
  if (body instanceof EventStream) {
    headers['content-type'] = 'text/event-stream; charset=utf-8'
    // Neither caches nor proxies may hold back or replay a live stream.
    headers['cache-control'] = 'no-store'
    headers['x-accel-buffering'] = 'no'
    return { status: result.status, headers, payload: undefined, stream: body }
  }
  if (typeof body === 'string') {
    headers['content-type'] ??= 'text/plain; charset=utf-8'
    return { status: result.status, headers, payload: body }
  }
  if (body instanceof Uint8Array) {
    headers['content-type'] ??= 'application/octet-stream'
    return { status: result.status, headers, payload: body }
  }
  headers['content-type'] ??= 'application/json'
  return { status: result.status, headers, payload: JSON.stringify(body) }
}
