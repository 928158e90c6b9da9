/** Runs bench/load-generator.ts in a child process against a URL and returns its figures. */
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

export interface LoadResult {
  requests: number
  rps: number
  p50: number
  p99: number
  statuses: Record<string, number>
}

export interface LoadRequest {
  url: string
  method: string
  headers: Record<string, string>
  body?: string
  connections?: number
  durationMs?: number
  warmupMs?: number
}

const generator = fileURLToPath(new URL('./load-generator.ts', import.meta.url))

export async function measureLoad(load: LoadRequest): Promise<LoadResult> {
  const spec = { connections: 32, durationMs: 3000, warmupMs: 700, ...load }
  const { stdout } = await promisify(execFile)(process.execPath, [generator, JSON.stringify(spec)])
  return JSON.parse(stdout) as LoadResult
}
