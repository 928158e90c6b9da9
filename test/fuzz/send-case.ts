/**
 * Sends one fuzz case and says what came back: an answer (status, headers, body), no answer in
 * 5 s (a hang), or a connection the server dropped. Ordinary cases go through node:http with
 * keep-alive; raw cases through a plain socket.
 */
import http from 'node:http'
import { connect } from 'node:net'
import type { FuzzRequest } from './cases.ts'

export const HANG_MS = 5000

export type Outcome =
  | { kind: 'answer'; status: number; headers: Record<string, string>; body: Buffer; ms: number }
  | { kind: 'hang'; ms: number }
  | { kind: 'dropped'; reason: string; ms: number }

export function createSender(origin: string, connections: number) {
  const url = new URL(origin)
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })

  function send(request: FuzzRequest): Promise<Outcome> {
    if (request.raw) return sendRaw(request.raw)
    try {
      return sendHttp(request)
    } catch {
      // What node:http refuses to send (a space in the path, a control character in a header)
      // goes out over a plain socket instead.
      return sendRaw({ bytes: toRawBytes(request), halfClose: false })
    }
  }

  function sendHttp(request: FuzzRequest): Promise<Outcome> {
    const started = performance.now()
    const ms = () => performance.now() - started
    const headers: Record<string, string> = { ...request.headers }
    if (request.body) headers['content-length'] = String(request.body.byteLength)
    let resolve: (outcome: Outcome) => void = () => undefined
    const answered = new Promise<Outcome>((settle) => {
      resolve = settle
    })
    {
      const req = http.request(
        {
          agent,
          hostname: url.hostname,
          port: url.port,
          method: request.method,
          path: request.target,
          headers,
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => {
            clearTimeout(timer)
            resolve({
              kind: 'answer',
              status: res.statusCode ?? 0,
              headers: flatten(res.headers),
              body: Buffer.concat(chunks),
              ms: ms(),
            })
          })
          res.on('error', (error) => {
            clearTimeout(timer)
            resolve({ kind: 'dropped', reason: error.message, ms: ms() })
          })
        },
      )
      const timer = setTimeout(() => {
        req.destroy()
        resolve({ kind: 'hang', ms: ms() })
      }, HANG_MS)
      req.on('error', (error: Error & { code?: string }) => {
        clearTimeout(timer)
        resolve({ kind: 'dropped', reason: error.code ?? error.message, ms: ms() })
      })
      req.end(request.body)
    }
    return answered
  }

  function sendRaw(raw: NonNullable<FuzzRequest['raw']>): Promise<Outcome> {
    const started = performance.now()
    const ms = () => performance.now() - started
    return new Promise((resolve) => {
      const socket = connect(Number(url.port), url.hostname)
      const chunks: Buffer[] = []
      let done = false
      const finish = (outcome: Outcome) => {
        if (done) return
        done = true
        clearTimeout(timer)
        socket.destroy()
        resolve(outcome)
      }
      const timer = setTimeout(() => {
        const answer = parseRaw(Buffer.concat(chunks))
        finish(answer ? { ...answer, ms: ms() } : { kind: 'hang', ms: ms() })
      }, HANG_MS)
      socket.on('data', (chunk: Buffer) => {
        chunks.push(chunk)
        // A complete first answer is enough: kept-alive connections do not close by themselves.
        const answer = parseRaw(Buffer.concat(chunks))
        if (answer?.complete) finish({ ...answer, ms: ms() })
      })
      socket.on('error', () => undefined)
      socket.on('close', () => {
        const answer = parseRaw(Buffer.concat(chunks))
        finish(answer ? { ...answer, ms: ms() } : { kind: 'dropped', reason: 'closed', ms: ms() })
      })
      socket.on('connect', () => {
        socket.write(raw.bytes)
        if (raw.halfClose) socket.end()
      })
    })
  }

  return { send, close: () => agent.destroy() }
}

/** The first HTTP answer in raw bytes, and whether its body (by Content-Length) is complete. */
function parseRaw(bytes: Buffer):
  | ({ kind: 'answer'; status: number; headers: Record<string, string>; body: Buffer } & {
      complete: boolean
    })
  | undefined {
  let end = bytes.indexOf('\r\n\r\n')
  // Skip interim answers (100 Continue): the final one is what counts.
  while (end !== -1 && /^HTTP\/1\.[01] 1\d\d/.test(bytes.subarray(0, 12).toString('latin1'))) {
    bytes = bytes.subarray(end + 4)
    end = bytes.indexOf('\r\n\r\n')
  }
  if (end === -1) return undefined
  const [statusLine = '', ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n')
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1])
  if (!status) return undefined
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  const length = Number(headers['content-length'] ?? 0)
  const body = bytes.subarray(end + 4, end + 4 + length)
  return { kind: 'answer', status, headers, body, complete: body.byteLength >= length }
}

function toRawBytes(request: FuzzRequest): Uint8Array {
  const head = [
    `${request.method} ${request.target} HTTP/1.1`,
    'Host: localhost',
    ...Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`),
    `Content-Length: ${request.body?.byteLength ?? 0}`,
  ].join('\r\n')
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'utf8'), request.body ?? Buffer.alloc(0)])
}

function flatten(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value
  return out
}
