/**
 * The floor: a bare node:http server that reads the body, parses the JSON and answers a JSON body
 * of the same shape the sandbox answers. Nothing of the sandbox runs in it.
 *
 * Run as a script (`node bench/bare-server.ts <status> <answer JSON>`) it serves in a process of
 * its own and prints `listening on <url>`, as `serve` does.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export async function startBareServer(
  status: number,
  reply: (request: unknown) => unknown,
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const parsed = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined
      const payload = JSON.stringify(reply(parsed))
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(payload),
      })
      res.end(payload)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

if (import.meta.main) {
  const [status = '200', answer = '{}'] = process.argv.slice(2)
  const { url } = await startBareServer(Number(status), () => JSON.parse(answer))
  console.log(`listening on ${url}`)
  process.on('SIGTERM', () => process.exit(0))
}
