/**
 * What a route returns and an adapter writes: a status, headers and a body. Adapters only
 * serialise a RouteResult; they never build an error body themselves.
 */

export interface RouteResult {
  status: number
  headers?: Record<string, string>
  /** A JSON value (sent as application/json), a string (text/plain unless headers say otherwise), bytes, or nothing. */
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

export interface SerializedResult {
  status: number
  headers: Record<string, string>
  payload: string | Uint8Array | undefined
}

/** Turns a RouteResult into a status, final headers and a payload: the one serialiser both adapters use. */
export function serializeResult(result: RouteResult): SerializedResult {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(result.headers ?? {}))
    headers[name.toLowerCase()] = value
  const { body } = result
  if (body === undefined || result.status === 204 || result.status === 304) {
    return { status: result.status, headers, payload: undefined }
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
