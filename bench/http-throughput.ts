/**
 * Server throughput: one request over HTTP through `serve` (validation, auth, rate limit set high,
 * journal on) as a ratio to a bare node:http server answering the same request, measured in
 * alternating rounds in the same run. Target: ≥ 0.6 of the floor.
 */
import { startServer } from '../mocks/server/start-server.ts'
import { startBareServer } from './bare-server.ts'
import { type LoadResult, measureLoad } from './measure-load.ts'

export interface ThroughputScenario {
  name: string
  method: string
  /** Path under the sandbox's service prefix, e.g. `/connectif/contacts/email/ana%40example.com`. */
  path: string
  body: unknown
  /** Headers the sandbox needs, given the account's keys. */
  headers(keys: Record<string, string>): Record<string, string>
  /** Prepares state (e.g. creates the contact) before measuring. */
  prepare?(url: string, keys: Record<string, string>): Promise<void>
  expectedStatus: number
}

export interface ThroughputResult {
  name: string
  bare: LoadResult[]
  sandbox: LoadResult[]
  ratio: number
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

export async function measureThroughput(
  scenario: ThroughputScenario,
  rounds = 3,
): Promise<ThroughputResult> {
  const running = await startServer({ port: 0, journalSize: 1000 })
  const { account, keys } = running.sandbox.accounts.create({
    name: 'bench',
    rateLimits: { connectif: 1e9, hellotext: 1e9, reskyt: 1e9 },
  })
  void account
  await scenario.prepare?.(running.url, keys)
  const sample = await fetch(`${running.url}${scenario.path}`, {
    method: scenario.method,
    headers: { 'content-type': 'application/json', ...scenario.headers(keys) },
    body: JSON.stringify(scenario.body),
  })
  const sampleBody = await sample.json()
  if (sample.status !== scenario.expectedStatus) {
    throw new Error(
      `${scenario.name}: expected ${scenario.expectedStatus}, got ${sample.status} ${JSON.stringify(sampleBody)}`,
    )
  }
  const bare = await startBareServer(scenario.expectedStatus, () => sampleBody)
  const load = (base: string, headers: Record<string, string>) =>
    measureLoad({
      url: `${base}${scenario.path}`,
      method: scenario.method,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(scenario.body),
    })
  const bareResults: LoadResult[] = []
  const sandboxResults: LoadResult[] = []
  try {
    for (let round = 0; round < rounds; round++) {
      bareResults.push(await load(bare.url, scenario.headers(keys)))
      sandboxResults.push(await load(running.url, scenario.headers(keys)))
    }
  } finally {
    bare.server.closeAllConnections()
    bare.server.close()
    await running.close()
  }
  const wrong = sandboxResults
    .flatMap((r) => Object.keys(r.statuses))
    .filter((s) => Number(s) !== scenario.expectedStatus)
  if (wrong.length)
    throw new Error(`${scenario.name}: the sandbox answered ${wrong.join(', ')} under load`)
  return {
    name: scenario.name,
    bare: bareResults,
    sandbox: sandboxResults,
    ratio: median(sandboxResults.map((r) => r.rps)) / median(bareResults.map((r) => r.rps)),
  }
}

export const connectifUpsert: ThroughputScenario = {
  name: 'Connectif contact upsert (PATCH /contacts/email/{email})',
  method: 'PATCH',
  path: '/connectif/contacts/email/ana%40example.com',
  body: {
    _name: 'Ana',
    _surname: 'López',
    _newsletterSubscriptionStatus: 'subscribed',
    _points: 10,
  },
  headers: (keys) => ({ authorization: `apiKey ${keys.connectif}` }),
  async prepare(url, keys) {
    await fetch(`${url}/connectif/contacts/email/ana%40example.com`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `apiKey ${keys.connectif}` },
      body: '{}',
    })
  },
  expectedStatus: 200,
}
