/** Servers on a data file in a temporary directory, and plain JSON calls to them. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'

export async function tempDir(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'martech-sandbox-persist-'))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}

export function serveData(file: string): Promise<RunningServer> {
  return startServer({ port: 0, data: file })
}

export interface Answer {
  status: number
  body: unknown
}

/** A JSON request; the answer's body parsed when it is JSON, else its text. */
export async function call(
  url: string,
  method: string,
  headers: Record<string, string> = {},
  body?: unknown,
): Promise<Answer> {
  const response = await fetch(url, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {}
  return { status: response.status, body: parsed }
}
