/**
 * `serve --data` against the in-memory server, in one run: write throughput on the seed's
 * Hellotext track call (each server a `serve` process of its own, autocannon in another, 32
 * connections, rounds taking turns to go first; every answer is committed to SQLite before it
 * leaves), as the median of the rounds' ratios to in memory (target ≥ 0.8); and
 * the start-up of a server whose data file holds 500,000 Connectif contacts, from spawning the
 * CLI to its first answer for one of them, beside the start of an empty in-memory server.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ContactRecord } from '../mocks/connectif/contacts/contacts.ts'
import { createSandbox } from '../mocks/create-sandbox.ts'
import { attachDataFile } from '../mocks/store/attach-data-file.ts'
import { FIXTURES, median, SCENARIOS } from './http-throughput.ts'
import { alternatingRounds, type LoadResult, measureLoad } from './measure-load.ts'
import { spawnServe } from './spawn-serve.ts'

export interface PersistenceResult {
  memory: LoadResult[]
  data: LoadResult[]
  /**
   * The median over rounds of --data's req/s over in memory's in the same round: the two run
   * back to back, so a machine that slows down or speeds up mid-run moves both sides of a round.
   */
  ratio: number
  /** The median over rounds of --data's p99 over in memory's. */
  p99Ratio: number
  contacts: number
  fileMb: number
  /** Start-ups timed, of each kind. */
  startRounds: number
  /** Median ms from spawn to the banner / to the first 200 for a contact, with the 500k file. */
  dataListeningMs: number
  dataFirstAnswerMs: number
  /** The same for `serve` in memory, with nothing to load. */
  memoryListeningMs: number
  memoryFirstAnswerMs: number
}

const BIN = fileURLToPath(new URL('../mocks/cli/bin.ts', import.meta.url))
const TRACK = SCENARIOS[0] as (typeof SCENARIOS)[number]
/** Load before the rounds: a server keeps speeding up over its first seconds of load. */
const WARM_UP_SECONDS = 8
/**
 * Short rounds, many of them: on this machine a round's ratio swings 0.55–1.05 from one pair of
 * rounds to the next, and the median of many pairs settles where a few do not.
 */
const ROUND_SECONDS = 2

/**
 * Each server in its own process, as users run them: in one process the two shared the JIT's
 * type feedback and the heap, and the in-memory server kept speeding up round after round while
 * `--data` did not (docs/persistence.md, "Figures"). Each first gets a warm-up of its own, and the
 * rounds alternate which goes first (memory, data, data, memory, …), so a machine slowing down or
 * speeding up over the run weighs on both alike.
 */
async function measureWrites(dir: string, rounds: number) {
  await writeFile(join(dir, 'fixtures.json'), JSON.stringify(FIXTURES))
  // In the temporary directory, so no config file of the working directory applies.
  const serve = (args: string[]) =>
    spawnServe(BIN, ['--seed', 'fixtures.json', ...args], { cwd: dir })
  const memory = await serve([])
  const data = await serve(['--data', 'writes.db']).catch(async (error) => {
    await memory.stop()
    throw error
  })
  const load = (base: string, durationSeconds: number) =>
    measureLoad({
      url: `${base}${TRACK.path}`,
      method: TRACK.method,
      headers: { 'content-type': 'application/json', ...TRACK.headers },
      body: JSON.stringify(TRACK.body),
      durationSeconds,
      warmupSeconds: 0,
    })
  let memoryResults: LoadResult[]
  let dataResults: LoadResult[]
  try {
    ;[memoryResults, dataResults] = await alternatingRounds(load, [memory.url, data.url], {
      rounds,
      roundSeconds: ROUND_SECONDS,
      warmUpSeconds: WARM_UP_SECONDS,
    })
  } finally {
    await memory.stop()
    await data.stop()
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

const DEFAULT_CONNECTIF_KEY = /account default[^\n]*\n\s+connectif\s+(\S+)/

async function timeServe(args: string[]): Promise<{ listening: number; firstAnswer: number }> {
  const started = performance.now()
  const serve = await spawnServe(BIN, args, { until: DEFAULT_CONNECTIF_KEY })
  const listening = performance.now() - started
  try {
    const key = DEFAULT_CONNECTIF_KEY.exec(serve.banner)?.[1]
    const response = await fetch(`${serve.url}/connectif/contacts/email/user1%40example.com`, {
      headers: { authorization: `apiKey ${key}` },
    })
    const firstAnswer = performance.now() - started
    if (response.status !== 200 && args.length > 0)
      throw new Error(`the first contact read answered ${response.status}`)
    return { listening, firstAnswer }
  } finally {
    await serve.stop()
  }
}

export async function measurePersistence(
  contacts = 500_000,
  rounds = 15,
  startRounds = 3,
): Promise<PersistenceResult> {
  const dir = await mkdtemp(join(tmpdir(), 'martech-sandbox-bench-'))
  try {
    const writes = await measureWrites(dir, rounds)
    const file = join(dir, 'contacts.db')
    await contactsFile(file, contacts)
    const dataStarts: Array<{ listening: number; firstAnswer: number }> = []
    const memoryStarts: Array<{ listening: number; firstAnswer: number }> = []
    for (let round = 0; round < startRounds; round++) {
      memoryStarts.push(await timeServe([]))
      dataStarts.push(await timeServe(['--data', file]))
    }
    return {
      ...writes,
      ratio: median(writes.data.map((r, i) => r.rps / (writes.memory[i] as LoadResult).rps)),
      p99Ratio: median(
        writes.data.map((r, i) => r.p99 / Math.max(1, (writes.memory[i] as LoadResult).p99)),
      ),
      contacts,
      startRounds,
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
