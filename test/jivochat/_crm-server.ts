/**
 * A throwaway CRM endpoint for one test: a real node:http server on 127.0.0.1 (port 0) that
 * answers with the given handler, closed (with its open sockets) afterwards.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface CrmServer {
  url: string
  /** Bodies received, parsed as JSON. */
  received: unknown[]
  /** The headers of each request received, as they arrived. */
  receivedHeaders: Array<Record<string, string | string[] | undefined>>
  close(): Promise<void>
}

export async function startCrmServer(
  handler: (req: IncomingMessage, res: ServerResponse, body: unknown) => void,
): Promise<CrmServer> {
  const received: unknown[] = []
  const receivedHeaders: CrmServer['receivedHeaders'] = []
  const server = createServer((req, res) => {
    receivedHeaders.push(req.headers)
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null')
      received.push(body)
      handler(req, res, body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/jivo/webhooks`,
    received,
    receivedHeaders,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** A CRM that answers every event with this JSON (or text, for a string). */
export function replyWith(body: unknown, status = 200, contentType = 'application/json') {
  return (_req: IncomingMessage, res: ServerResponse) => {
    const payload = typeof body === 'string' ? body : JSON.stringify(body)
    res.writeHead(status, { 'content-type': contentType })
    res.end(payload)
  }
}

/** A free port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
