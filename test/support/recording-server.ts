/**
 * A real node:http server on 127.0.0.1 (port 0) that records what it receives and answers from a
 * queue of canned replies: the far end for client tests, so nothing of ours is mocked.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach } from 'vitest'

export interface RecordedRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

export interface CannedReply {
  status: number
  headers?: Record<string, string>
  body?: unknown
}

export interface RecordingServer {
  url: string
  requests: RecordedRequest[]
  /** Replies are used in order; the last one repeats. */
  reply(...replies: Array<CannedReply | ((request: RecordedRequest) => CannedReply)>): void
  close(): Promise<void>
}

export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: RecordedRequest[] = []
  let replies: Array<CannedReply | ((request: RecordedRequest) => CannedReply)> = [
    { status: 200, body: {} },
  ]
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      requests.push(recorded)
      const next = replies.length > 1 ? replies.shift() : replies[0]
      const reply = typeof next === 'function' ? next(recorded) : (next as CannedReply)
      const isText = typeof reply.body === 'string'
      const payload =
        reply.body === undefined ? '' : isText ? (reply.body as string) : JSON.stringify(reply.body)
      res.writeHead(reply.status, {
        ...(payload ? { 'Content-Type': isText ? 'text/plain' : 'application/json' } : {}),
        ...reply.headers,
      })
      res.end(payload)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (...next) => {
      replies = next
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** One recording server per test file, its request log emptied before each test. */
export function useRecordingServer(): () => RecordingServer {
  let server: RecordingServer | undefined
  beforeAll(async () => {
    server = await startRecordingServer()
  })
  afterAll(() => server?.close())
  beforeEach(() => {
    if (server) server.requests.length = 0
  })
  return () => {
    if (!server) throw new Error('useRecordingServer: the server starts in beforeAll')
    return server
  }
}
