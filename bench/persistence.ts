/**
 * `serve --data` against the in-memory server, in one run: write throughput on the seed's
 * Hellotext track call (autocannon in its own process, 32 connections, alternating rounds; every
 * answer is committed to SQLite before it leaves), as a ratio to in memory (target ≥ 0.8); and
 * the start-up of a server whose data file holds 500,000 Connectif contacts, from spawning the
 * CLI to its first answer for one of them, beside the start of an empty in-memory server.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ContactRecord } from '../mocks/connectif/contacts/contacts.ts'
import { createSandbox } from '../mocks/create-sandbox.ts'
import { loadFixtures, type RunningServer, startServer } from '../mocks/server/index.ts'
import { attachDataFile } from '../mocks/store/attach-data-file.ts'
import { FIXTURES, median, SCENARIOS } from './http-throughput.ts'
import { type LoadResult, measureLoad } from './measure-load.ts'

export interface PersistenceResult {
  memory: LoadResult[]
  data: LoadResult[]
  /** Median req/s with --data over median in memory. */
  ratio: number
  p99Ratio: number
  contacts: number
  fileMb: number
  /** Median ms from spawn to the banner / to the first 200 for a contact, with the 500k file. */
  dataListeningMs: number
  dataFirstAnswerMs: number
  /** The same for `serve` in memory, with nothing to load. */
  memoryListeningMs: number
  memoryFirstAnswerMs: number
}

const BIN = fileURLToPath(new URL('../mocks/cli/bin.ts', import.meta.url))
const TRACK = SCENARIOS[0] as (typeof SCENARIOS)[number]

async function serveWithFixtures(data?: string): Promise<RunningServer> {
  const running = await startServer({ port: 0, journalSize: 1000, data })
  loadFixtures(running.sandbox, FIXTURES, 'bench fixtures')
  await running.data?.flush()
  return running
}

async function measureWrites(dir: string, rounds: number) {
  const memory = await serveWithFixtures()
  const data = await serveWithFixtures(join(dir, 'writes.db'))
  const load = (base: string) =>
    measureLoad({
      url: `${base}${TRACK.path}`,
      method: TRACK.method,
      headers: { 'content-type': 'application/json', ...TRACK.headers },
      body: JSON.stringify(TRACK.body),
    })
  const memoryResults: LoadResult[] = []
  const dataResults: LoadResult[] = []
  try {
    for (let round = 0; round < rounds; round++) {
      memoryResults.push(await load(memory.url))
      dataResults.push(await load(data.url))
    }
  } finally {
    await memory.close()
    await data.close()
  }
  for (const result of [...memoryResults, ...dataResults])
    if (Object.keys(result.statuses).some((status) => status !== '201') || result.errors > 0)
      throw new Error(
        `track call under load: ${JSON.stringify(result.statuses)}, ${result.errors} errors`,
      )
  return { memory: memoryResults, data: dataResults }
}

/** A data file whose default account holds `count` contacts, written in one save. */
async function contactsFile(file: string, count: number): Promise<void> {
  const sandbox = createSandbox()
  const accountId = sandbox.defaultAccount.account.id
  const at = new Date().toISOString()
  for (let i = 0; i < count; i++) {
    const contact = {
      accountId,
      id: sandbox.core.ids.objectId(),
      _email: `user${i}@example.com`,
      _name: `Name${i}`,
      _surname: `Surname${i % 977}`,
      _points: i % 100,
      _newsletterSubscriptionStatus: 'subscribed',
      _createdAt: at,
      _updatedAt: at,
    } as unknown as ContactRecord
    sandbox.connectif.contacts.insert(contact)
  }
  const data = await attachDataFile(sandbox, file)
  await data.close()
}

function timeServe(args: string[]): Promise<{ listening: number; firstAnswer: number }> {
  const started = performance.now()
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout.on('data', async (chunk) => {
      output += chunk
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1]
      const key = /account default[^\n]*\n\s+connectif\s+(\S+)/.exec(output)?.[1]
      if (!url || !key || output.includes('\u0000')) return
      output += '\u0000'
      const listening = performance.now() - started
      const response = await fetch(`${url}/connectif/contacts/email/user1%40example.com`, {
        headers: { authorization: `apiKey ${key}` },
      })
      const firstAnswer = performance.now() - started
      child.kill('SIGTERM')
      child.once('exit', () =>
        response.status === 200 || args.length === 0
          ? resolve({ listening, firstAnswer })
          : reject(new Error(`the first contact read answered ${response.status}`)),
      )
    })
    child.once('error', reject)
  })
}

export async function measurePersistence(
  contacts = 500_000,
  rounds = 3,
): Promise<PersistenceResult> {
  const dir = await mkdtemp(join(tmpdir(), 'martech-sandbox-bench-'))
  try {
    const writes = await measureWrites(dir, rounds)
    const file = join(dir, 'contacts.db')
    await contactsFile(file, contacts)
    const dataStarts: Array<{ listening: number; firstAnswer: number }> = []
    const memoryStarts: Array<{ listening: number; firstAnswer: number }> = []
    for (let round = 0; round < rounds; round++) {
      memoryStarts.push(await timeServe([]))
      dataStarts.push(await timeServe(['--data', file]))
    }
    return {
      ...writes,
      ratio: median(writes.data.map((r) => r.rps)) / median(writes.memory.map((r) => r.rps)),
      p99Ratio:
        median(writes.data.map((r) => r.p99)) /
        Math.max(1, median(writes.memory.map((r) => r.p99))),
      contacts,
      fileMb: (await stat(file)).size / 1024 / 1024,
      dataListeningMs: median(dataStarts.map((s) => s.listening)),
      dataFirstAnswerMs: median(dataStarts.map((s) => s.firstAnswer)),
      memoryListeningMs: median(memoryStarts.map((s) => s.listening)),
      memoryFirstAnswerMs: median(memoryStarts.map((s) => s.firstAnswer)),
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
