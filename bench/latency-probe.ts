/**
 * A latency probe, run as its own process: N keep-alive connections, each sending the same GET as
 * soon as the previous answer arrives, until the parent sends "stop" on stdin. Prints one JSON
 * line: every request as [start (epoch ms), latency (ms), status], so the parent can keep only the
 * requests that started inside the window it cares about.
 *
 * Usage: node bench/latency-probe.ts '<json: { url, headers, connections }>'
 */
import { Agent, request } from 'node:http'

interface ProbeSpec {
  url: string
  headers: Record<string, string>
  connections: number
}

const spec = JSON.parse(process.argv[2] as string) as ProbeSpec
const agent = new Agent({ keepAlive: true, maxSockets: spec.connections })
const url = new URL(spec.url)
const samples: Array<[number, number, number]> = []
let stop = false
process.stdin.on('data', () => {
  stop = true
})

function get(): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      { agent, hostname: url.hostname, port: url.port, path: url.pathname, headers: spec.headers },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', () => resolve(0))
    req.end()
  })
}

async function loop(): Promise<void> {
  while (!stop) {
    const startedAt = performance.timeOrigin + performance.now()
    const status = await get()
    samples.push([startedAt, performance.timeOrigin + performance.now() - startedAt, status])
  }
}

await Promise.all(Array.from({ length: spec.connections }, loop))
agent.destroy()
process.stdout.write(`${JSON.stringify(samples)}\n`)
