/**
 * Server throughput, measured the way peers are measured: autocannon in its own process, 32
 * connections, against `serve` (auth, validation, rate limits, journal on) and against a bare
 * node:http server answering the same request with the same body, in alternating rounds of one
 * run. Prints req/s, p50/p99 and the ratio to the floor per scenario. Target: ≥ 0.8 of the floor's
 * req/s (median of rounds) and a p99 within 1.5× the floor's.
 */
import { loadFixtures, type RunningServer, startServer } from '../mocks/server/index.ts'
import { RESKYT_PUSH_PATH } from '../src/clients/reskyt.ts'
import { startBareServer } from './bare-server.ts'
import { type LoadResult, measureLoad } from './measure-load.ts'

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
  /** Median sandbox req/s over median floor req/s. */
  ratio: number
  /** Median sandbox p99 over median floor p99. */
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

async function send(base: string, scenario: ThroughputScenario) {
  const response = await fetch(`${base}${scenario.path}`, {
    method: scenario.method,
    headers: { 'content-type': 'application/json', ...scenario.headers },
    body: scenario.body === undefined ? undefined : JSON.stringify(scenario.body),
  })
  return { status: response.status, body: await response.text() }
}

export async function measureThroughput(
  scenario: ThroughputScenario,
  rounds = 3,
): Promise<ThroughputResult> {
  const running: RunningServer = await startServer({ port: 0, journalSize: 1000 })
  loadFixtures(running.sandbox, FIXTURES, 'bench fixtures')
  const sample = await send(running.url, scenario)
  if (sample.status !== scenario.expectedStatus)
    throw new Error(
      `${scenario.name}: expected ${scenario.expectedStatus}, got ${sample.status} ${sample.body}`,
    )
  // The floor answers what the sandbox answered, after reading and parsing the same body.
  const bare = await startBareServer(scenario.expectedStatus, () => JSON.parse(sample.body))
  const load = (base: string) =>
    measureLoad({
      url: `${base}${scenario.path}`,
      method: scenario.method,
      headers: { 'content-type': 'application/json', ...scenario.headers },
      body: scenario.body === undefined ? undefined : JSON.stringify(scenario.body),
    })
  const bareResults: LoadResult[] = []
  const sandboxResults: LoadResult[] = []
  let engineMicros = Number.NaN
  try {
    for (let round = 0; round < rounds; round++) {
      bareResults.push(await load(bare.url))
      sandboxResults.push(await load(running.url))
    }
    const wrong = sandboxResults.flatMap((result) =>
      Object.keys(result.statuses).filter((status) => Number(status) !== scenario.expectedStatus),
    )
    const unexpected = running.sandbox.journal
      .list()
      .find((entry) => entry.status !== scenario.expectedStatus)
    if (wrong.length || sandboxResults.some((result) => result.errors > 0))
      throw new Error(
        `${scenario.name}: the sandbox answered ${wrong.join(', ') || 'with socket errors'} under load, e.g. ${JSON.stringify(unexpected)}`,
      )
    engineMicros = await engineCost(running, scenario)
  } finally {
    bare.server.closeAllConnections()
    bare.server.close()
    await running.close()
  }
  return {
    name: scenario.name,
    bare: bareResults,
    sandbox: sandboxResults,
    ratio: median(sandboxResults.map((r) => r.rps)) / median(bareResults.map((r) => r.rps)),
    p99Ratio:
      median(sandboxResults.map((r) => r.p99)) / Math.max(1, median(bareResults.map((r) => r.p99))),
    engineMicros,
  }
}

/** The scenario's request through `core.dispatch` alone, warmed up, then timed over 100,000 calls. */
async function engineCost(running: RunningServer, scenario: ThroughputScenario): Promise<number> {
  const service = scenario.path.slice(1, scenario.path.indexOf('/', 1))
  const body =
    scenario.body === undefined
      ? undefined
      : new TextEncoder().encode(JSON.stringify(scenario.body))
  const headers = {
    host: new URL(running.url).host,
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
    baseUrl: `${running.url}/${service}`,
    adminUrl: `${running.url}/__admin`,
  }
  const call = async () => {
    // A copy each time: the journal keeps the headers object of the request it records.
    const result = await running.sandbox.core.dispatch({ ...request, headers: { ...headers } })
    if (result.status !== scenario.expectedStatus)
      throw new Error(`${scenario.name}: dispatch alone answered ${result.status}`)
  }
  for (let i = 0; i < 20_000; i++) await call()
  const calls = 100_000
  const started = performance.now()
  for (let i = 0; i < calls; i++) await call()
  return ((performance.now() - started) * 1000) / calls
}
