/**
 * Drives load with autocannon, in a process of its own, so the load generator never shares the
 * server's event loop or competes with it inside one process. (The earlier generator, a loop of
 * node:http requests, spent more CPU per request than the bare floor server: it saturated first,
 * capping both sides at its own pace, and so reported ratios near 1.)
 */
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

export interface LoadResult {
  requests: number
  rps: number
  /** Latency percentiles in ms. */
  p50: number
  p99: number
  statuses: Record<string, number>
  errors: number
}

export interface LoadRequest {
  url: string
  method: string
  headers: Record<string, string>
  body?: string
  connections?: number
  durationSeconds?: number
  warmupSeconds?: number
}

const autocannon = fileURLToPath(
  new URL('../node_modules/autocannon/autocannon.js', import.meta.url),
)

export async function measureLoad(load: LoadRequest): Promise<LoadResult> {
  const { connections = 32, durationSeconds = 3, warmupSeconds = 1 } = load
  const args = [
    autocannon,
    '--json',
    '-c',
    String(connections),
    '-d',
    String(durationSeconds),
    // 0: no warm-up (the server was warmed up already).
    ...(warmupSeconds > 0
      ? ['-W', '[', '-c', String(connections), '-d', String(warmupSeconds), ']']
      : []),
    '-m',
    load.method,
    ...Object.entries(load.headers).flatMap(([name, value]) => ['-H', `${name}=${value}`]),
    ...(load.body === undefined ? [] : ['-b', load.body]),
    load.url,
  ]
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    maxBuffer: 16 * 1024 * 1024,
  })
  // With a warm-up, autocannon prints the warm-up's result first: the last line is the run's.
  const result = JSON.parse(stdout.trim().split('\n').at(-1) as string)
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats as Record<string, { count: number }>).map(
        ([status, { count }]) => [status, count],
      ),
    ),
    errors: result.errors + result.timeouts,
  }
}

/**
 * Two servers under the same load: each warmed up first, then `rounds` rounds that take turns
 * going first (a, b, b, a, …), so a machine that slows down or speeds up mid-run weighs on both
 * alike. `load(url, seconds)` runs one round against one of them.
 */
export async function alternatingRounds(
  load: (url: string, durationSeconds: number) => Promise<LoadResult>,
  urls: [string, string],
  options: { rounds: number; roundSeconds: number; warmUpSeconds: number },
): Promise<[LoadResult[], LoadResult[]]> {
  const [a, b] = urls
  const results: [LoadResult[], LoadResult[]] = [[], []]
  await load(a, options.warmUpSeconds)
  await load(b, options.warmUpSeconds)
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const)
    for (const side of order) results[side].push(await load(urls[side], options.roundSeconds))
  }
  return results
}
