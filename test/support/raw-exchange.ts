/** Raw bytes to the standalone server and its raw answers back, for what a fetch cannot send. */
import { connect } from 'node:net'

export interface Exchanged {
  raw: string
  /** The server closed the connection before `waitMs` passed. */
  closed: boolean
  elapsedMs: number
}

/**
 * Raw bytes in, the raw answer out: what arrived before the server closed, `waitMs` passed, or
 * `until` said enough had arrived (then `closed` is false).
 */
export function exchange(
  server: { port: number },
  send: (write: (chunk: string | Uint8Array) => void, end: () => void) => void,
  waitMs = 3000,
  until?: (raw: string) => boolean,
): Promise<Exchanged> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const socket = connect(server.port, '127.0.0.1')
    let raw = ''
    let done = false
    const finish = (closed: boolean) => {
      if (done) return
      done = true
      socket.destroy()
      resolve({ raw, closed, elapsedMs: performance.now() - started })
    }
    socket.on('data', (chunk) => {
      raw += chunk.toString('latin1')
      if (until?.(raw)) finish(false)
    })
    socket.on('close', () => finish(true))
    socket.on('error', (error) => (raw ? finish(true) : reject(error)))
    socket.on('connect', () =>
      send(
        (chunk) => socket.write(chunk),
        () => socket.end(),
      ),
    )
    setTimeout(() => finish(false), waitMs)
  })
}

export interface RawAnswer {
  statusLine: string
  status: number
  headers: Record<string, string>
  body: string
  /** The whole body arrived. */
  complete: boolean
}

/** An `until` for exchange: `count` whole answers have arrived. */
export const answersArrived =
  (count: number) =>
  (raw: string): boolean =>
    parseAnswers(raw).filter((answer) => answer.complete).length >= count

/** The first answer in `raw`. */
export function parseAnswer(raw: string): RawAnswer {
  return (
    parseAnswers(raw)[0] ?? { statusLine: '', status: 0, headers: {}, body: '', complete: false }
  )
}

/** Every answer in `raw`, framed by Content-Length or chunks (or the rest, when neither). */
export function parseAnswers(raw: string): RawAnswer[] {
  const answers: RawAnswer[] = []
  let rest = raw
  while (rest.length > 0) {
    const headEnd = rest.indexOf('\r\n\r\n')
    if (headEnd === -1) break
    const [statusLine = '', ...lines] = rest.slice(0, headEnd).split('\r\n')
    const headers = Object.fromEntries(
      lines.map((line) => [
        line.slice(0, line.indexOf(':')).toLowerCase(),
        line.slice(line.indexOf(':') + 1).trim(),
      ]),
    )
    let body: string
    let complete = true
    rest = rest.slice(headEnd + 4)
    if (headers['content-length'] !== undefined) {
      body = rest.slice(0, Number(headers['content-length']))
      complete = body.length === Number(headers['content-length'])
      rest = rest.slice(body.length)
    } else if (headers['transfer-encoding'] === 'chunked') {
      body = ''
      for (;;) {
        const sizeEnd = rest.indexOf('\r\n')
        const size = Number.parseInt(rest.slice(0, sizeEnd), 16)
        if (sizeEnd === -1 || Number.isNaN(size)) {
          complete = false
          break
        }
        body += rest.slice(sizeEnd + 2, sizeEnd + 2 + size)
        rest = rest.slice(sizeEnd + 2 + size + 2)
        if (size === 0) break
      }
    } else {
      body = rest
      rest = ''
    }
    answers.push({ statusLine, status: Number(statusLine.split(' ')[1]), headers, body, complete })
  }
  return answers
}
