/**
 * A closed-loop HTTP load generator, run as its own process so it does not share the server's
 * event loop: N keep-alive connections, each sending the same request as soon as the previous
 * answer arrives, for a fixed time. Prints one JSON line: requests, req/s, p50, p99, statuses.
 *
 * Usage: node bench/load-generator.ts '<json: { url, method, headers, body, connections, durationMs, warmupMs }>'
 */
import { Agent, request } from 'node:http'

interface LoadSpec {
  url: string
  method: string
  headers: Record<string, string>
  body?: string
  connections: number
  durationMs: number
  warmupMs: number
}

const spec = JSON.parse(process.argv[2] as string) as LoadSpec
const agent = new Agent({ keepAlive: true, maxSockets: spec.connections })
const url = new URL(spec.url)
const body = spec.body === undefined ? undefined : Buffer.from(spec.body)
const headers = { ...spec.headers, ...(body ? { 'content-length': String(body.byteLength) } : {}) }

function send(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        hostname: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: spec.method,
        headers,
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

const latencies: number[] = []
const statuses: Record<string, number> = {}
let measuring = false
let stop = false

async function loop(): Promise<void> {
  while (!stop) {
    const started = performance.now()
    const status = await send()
    if (measuring) {
      latencies.push(performance.now() - started)
      statuses[status] = (statuses[status] ?? 0) + 1
    }
  }
}

const loops = Array.from({ length: spec.connections }, loop)
await new Promise((resolve) => setTimeout(resolve, spec.warmupMs))
measuring = true
const started = performance.now()
await new Promise((resolve) => setTimeout(resolve, spec.durationMs))
measuring = false
const elapsed = performance.now() - started
stop = true
await Promise.all(loops)
agent.destroy()
latencies.sort((a, b) => a - b)
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0
console.log(
  JSON.stringify({
    requests: latencies.length,
    rps: (latencies.length / elapsed) * 1000,
    p50: at(0.5),
    p99: at(0.99),
    statuses,
  }),
)
