/**
 * Server throughput: one request over HTTP through `serve` (validation, auth, rate limit set high,
 * journal on) as a ratio to a bare node:http server answering the same request, measured in
 * alternating rounds in the same run. Target: ≥ 0.6 of the floor.
 */
import { type RunningServer, startServer } from '../mocks/server/index.ts'
import { startBareServer } from './bare-server.ts'
import { type LoadResult, measureLoad } from './measure-load.ts'

export interface ThroughputScenario {
  name: string
  method: string
  /** Path under the sandbox's service prefix, e.g. `/connectif/contacts/email/ana%40example.com`. */
  path: string
  /** The request body; a function when it depends on what prepare() made. */
  body: unknown
  /** Headers the sandbox needs, given the account's keys. */
  headers(keys: Record<string, string>): Record<string, string>
  /** Prepares state (e.g. creates the contact) before measuring; may return the body to send. */
  prepare?(server: RunningServer, keys: Record<string, string>, accountId: string): Promise<unknown>
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
  const body = (await scenario.prepare?.(running, keys, account.id)) ?? scenario.body
  const sample = await fetch(`${running.url}${scenario.path}`, {
    method: scenario.method,
    headers: { 'content-type': 'application/json', ...scenario.headers(keys) },
    body: JSON.stringify(body),
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
      body: JSON.stringify(body),
    })
  const bareResults: LoadResult[] = []
  const sandboxResults: LoadResult[] = []
  let unexpected: unknown
  try {
    for (let round = 0; round < rounds; round++) {
      bareResults.push(await load(bare.url, scenario.headers(keys)))
      sandboxResults.push(await load(running.url, scenario.headers(keys)))
      unexpected ??= running.sandbox.journal
        .list()
        .find((entry) => entry.status !== scenario.expectedStatus)
    }
  } finally {
    bare.server.closeAllConnections()
    bare.server.close()
    await running.close()
  }
  const wrong = sandboxResults
    .flatMap((r) => Object.keys(r.statuses))
    .filter((s) => Number(s) !== scenario.expectedStatus)
  if (wrong.length) {
    throw new Error(
      `${scenario.name}: the sandbox answered ${wrong.join(', ')} under load, e.g. ${JSON.stringify(unexpected)}`,
    )
  }
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
  async prepare({ url }, keys) {
    await fetch(`${url}/connectif/contacts/email/ana%40example.com`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `apiKey ${keys.connectif}` },
      body: '{}',
    })
  },
  expectedStatus: 200,
}

export const hellotextTrack: ThroughputScenario = {
  name: 'Hellotext tracking, the seed body (POST /v1/attribution/events)',
  method: 'POST',
  path: '/hellotext/v1/attribution/events',
  body: undefined,
  headers: (keys) => ({ authorization: `Bearer ${keys.hellotext}` }),
  async prepare(server, keys, accountId) {
    // The seed's product id, as a fixture: ids are otherwise the sandbox's to mint.
    const hellotext = server.sandbox.core.services.get('hellotext')
    const account = server.sandbox.accounts.get(accountId)
    if (!account) throw new Error(`no account ${accountId}`)
    hellotext?.definition.seedFixtures?.(
      hellotext.state,
      account,
      { products: [{ id: 'vxqQJ3Yg', name: 'Trail running shoes' }] },
      server.sandbox.accounts,
    )
    const profile = await fetch(`${server.url}/hellotext/v1/profiles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.hellotext}` },
      body: JSON.stringify({ first_name: 'Lucía' }),
    })
    const { id } = (await profile.json()) as { id: string }
    return { action: 'product.purchased', product: 'vxqQJ3Yg', profile: id }
  },
  expectedStatus: 201,
}
