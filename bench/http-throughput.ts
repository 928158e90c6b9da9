/**
 * Server throughput, measured the way peers are measured: autocannon in its own process, 32
 * connections, against `serve --seed` in a process of its own (auth, validation, rate limits,
 * journal on) and against a bare node:http server in another, answering the same request with
 * the same body, in alternating rounds of one run. Prints req/s, p50/p99 and the ratio to the
 * floor per scenario. Target: ≥ 0.8 of the floor's req/s (median of the rounds' ratios) and a p99
 * within 1.5× the floor's.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createSandbox } from '../mocks/create-sandbox.ts'
import { loadFixtures } from '../mocks/server/index.ts'
import { RESKYT_PUSH_PATH } from '../src/clients/reskyt.ts'
import { alternatingRounds, type LoadResult, measureLoad } from './measure-load.ts'
import { spawnListening, spawnServe } from './spawn-serve.ts'

export interface ThroughputScenario {
  name: string
  method: string
  /** Path under the sandbox's service prefix, e.g. `/connectif/contacts/email/ana%40example.com`. */
  path: string
  body?: unknown
  headers: Record<string, string>
  expectedStatus: number
}

export interface ThroughputResult {
  name: string
  bare: LoadResult[]
  sandbox: LoadResult[]
  /** The median over rounds of the sandbox's req/s over the floor's in the same round. */
  ratio: number
  /** The median over rounds of the sandbox's p99 over the floor's (at least 1 ms). */
  p99Ratio: number
  /**
   * µs the engine spends on one request with no HTTP around it (`core.dispatch` in a loop: route,
   * auth, validation, rate limit, handler, journal, events), beside the floor's whole request.
   */
  engineMicros: number
}

export const KEYS = {
  connectif: '5cf8c05f5b4cb901091f7d98:bench-secret',
  hellotext: 'ALK_benchmark000000000000',
  reskyt: 'bench-reskyt-key',
}

/** One account with fixed keys, no practical rate limit, and the records the scenarios name. */
export const FIXTURES = {
  accounts: [
    {
      name: 'bench',
      keys: KEYS,
      rateLimits: { connectif: 1e9, hellotext: 1e9, reskyt: 1e9 },
      connectif: { contacts: [{ _email: 'ana@example.com', _name: 'Ana' }] },
      hellotext: {
        profiles: [{ id: 'MzYwlE50', first_name: 'Lucía' }],
        products: [{ id: 'vxqQJ3Yg', name: 'Trail running shoes' }],
      },
    },
  ],
}

export const SCENARIOS: ThroughputScenario[] = [
  {
    name: "Hellotext track, the seed's call (POST /v1/attribution/events → 201)",
    method: 'POST',
    path: '/hellotext/v1/attribution/events',
    body: { action: 'product.purchased', product: 'vxqQJ3Yg', profile: 'MzYwlE50' },
    headers: { authorization: `Bearer ${KEYS.hellotext}` },
    expectedStatus: 201,
  },
  {
    name: 'Connectif contact upsert (PATCH /contacts/email/{email} → 200)',
    method: 'PATCH',
    path: '/connectif/contacts/email/ana%40example.com',
    body: { _name: 'Ana', _surname: 'López', _newsletterSubscriptionStatus: 'subscribed' },
    headers: { authorization: `apiKey ${KEYS.connectif}` },
    expectedStatus: 200,
  },
  {
    name: 'Connectif read by email (GET /contacts/email/{email} → 200)',
    method: 'GET',
    path: '/connectif/contacts/email/ana%40example.com',
    headers: { authorization: `apiKey ${KEYS.connectif}` },
    expectedStatus: 200,
  },
  {
    name: `Reskyt push (POST ${RESKYT_PUSH_PATH} → 200)`,
    method: 'POST',
    path: `/reskyt${RESKYT_PUSH_PATH}`,
    body: {
      title: 'Your cart',
      tokens: ['5d41402abc4b2a76b9719d911017c592'],
      dateEnd: '1767225600',
    },
    headers: { 'x-api-key': KEYS.reskyt },
    expectedStatus: 200,
  },
]

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

const BIN = fileURLToPath(new URL('../mocks/cli/bin.ts', import.meta.url))
const BARE = fileURLToPath(new URL('./bare-server.ts', import.meta.url))
/** Load before the rounds: a server keeps speeding up over its first seconds of load. */
const WARM_UP_SECONDS = 4
/**
 * Short rounds, many of them: on this machine one pair of rounds can differ by a third from the
 * next, and the median of many pairs settles where a few do not.
 */
export const ROUND_SECONDS = 2
export const ROUNDS = 9

async function send(base: string, scenario: ThroughputScenario) {
  const response = await fetch(`${base}${scenario.path}`, {
    method: scenario.method,
    headers: { 'content-type': 'application/json', ...scenario.headers },
    body: scenario.body === undefined ? undefined : JSON.stringify(scenario.body),
  })
  return { status: response.status, body: await response.text() }
}

/**
 * `serve --seed` and the floor, each a process of its own as users and peers run them, each
 * warmed up, then rounds that take turns going first (floor, sandbox, sandbox, floor, …), so a
 * machine slowing down or speeding up over the run weighs on both alike.
 */
export async function measureThroughput(
  scenario: ThroughputScenario,
  rounds = ROUNDS,
): Promise<ThroughputResult> {
  const dir = await mkdtemp(join(tmpdir(), 'martech-bench-http-'))
  let bareResults: LoadResult[] = []
  let sandboxResults: LoadResult[] = []
  try {
    await writeFile(join(dir, 'fixtures.json'), JSON.stringify(FIXTURES))
    // In the temporary directory, so no config file of the working directory applies.
    const sandbox = await spawnServe(BIN, ['--seed', 'fixtures.json'], { cwd: dir })
    try {
      const sample = await send(sandbox.url, scenario)
      if (sample.status !== scenario.expectedStatus)
        throw new Error(
          `${scenario.name}: expected ${scenario.expectedStatus}, got ${sample.status} ${sample.body}`,
        )
      // The floor answers what the sandbox answered, after reading and parsing the same body.
      const bare = await spawnListening([BARE, String(scenario.expectedStatus), sample.body])
      const load = (base: string, durationSeconds: number) =>
        measureLoad({
          url: `${base}${scenario.path}`,
          method: scenario.method,
          headers: { 'content-type': 'application/json', ...scenario.headers },
          body: scenario.body === undefined ? undefined : JSON.stringify(scenario.body),
          durationSeconds,
          warmupSeconds: 0,
        })
      try {
        ;[bareResults, sandboxResults] = await alternatingRounds(load, [bare.url, sandbox.url], {
          rounds,
          roundSeconds: ROUND_SECONDS,
          warmUpSeconds: WARM_UP_SECONDS,
        })
      } finally {
        await bare.stop()
      }
    } finally {
      await sandbox.stop()
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  const wrong = sandboxResults.flatMap((result) =>
    Object.keys(result.statuses).filter((status) => Number(status) !== scenario.expectedStatus),
  )
  if (wrong.length || sandboxResults.some((result) => result.errors > 0))
    throw new Error(
      `${scenario.name}: the sandbox answered ${wrong.join(', ') || 'with socket errors'} under load`,
    )
  return {
    name: scenario.name,
    bare: bareResults,
    sandbox: sandboxResults,
    ratio: median(sandboxResults.map((r, i) => r.rps / (bareResults[i] as LoadResult).rps)),
    p99Ratio: median(
      sandboxResults.map((r, i) => r.p99 / Math.max(1, (bareResults[i] as LoadResult).p99)),
    ),
    engineMicros: await engineCost(scenario),
  }
}

/** The scenario's request through `core.dispatch` alone, warmed up, then timed over 100,000 calls. */
async function engineCost(scenario: ThroughputScenario): Promise<number> {
  const sandbox = createSandbox()
  loadFixtures(sandbox, FIXTURES, 'bench fixtures')
  const base = 'http://127.0.0.1:4010'
  const service = scenario.path.slice(1, scenario.path.indexOf('/', 1))
  const body =
    scenario.body === undefined
      ? undefined
      : new TextEncoder().encode(JSON.stringify(scenario.body))
  const headers = {
    host: '127.0.0.1:4010',
    'content-type': 'application/json',
    ...(body ? { 'content-length': String(body.byteLength) } : {}),
    ...scenario.headers,
  }
  const request = {
    service,
    method: scenario.method,
    path: scenario.path.slice(service.length + 1),
    query: new URLSearchParams(),
    body,
    baseUrl: `${base}/${service}`,
    adminUrl: `${base}/__admin`,
  }
  const call = async () => {
    // A copy each time: the journal keeps the headers object of the request it records.
    const result = await sandbox.core.dispatch({ ...request, headers: { ...headers } })
    if (result.status !== scenario.expectedStatus)
      throw new Error(`${scenario.name}: dispatch alone answered ${result.status}`)
  }
  for (let i = 0; i < 20_000; i++) await call()
  const calls = 100_000
  const started = performance.now()
  for (let i = 0; i < calls; i++) await call()
  return ((performance.now() - started) * 1000) / calls
}
