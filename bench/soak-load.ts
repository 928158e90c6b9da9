/**
 * The soak's load, in a process of its own: autocannon sends `amount` requests over 16
 * connections, each connection cycling through a Connectif upsert (one of 1,000 contacts), a
 * Hellotext track and a Reskyt push. Reports progress to the parent every 1% and the final
 * autocannon result at the end.
 */
import { createRequire } from 'node:module'

interface AutocannonResult {
  statusCodeStats: Record<string, { count: number }>
  errors: number
  timeouts: number
  requests: { average: number }
  latency: { p99: number }
}

/** The little of autocannon's API used here (it ships no types). */
type Autocannon = (options: Record<string, unknown>) => {
  on(event: 'response', listener: () => void): void
  on(event: 'done', listener: (result: AutocannonResult) => void): void
}

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

interface SoakLoadSpec {
  url: string
  amount: number
  keys: { connectif: string; hellotext: string; reskyt: string }
}

const spec = JSON.parse(process.argv[2] as string) as SoakLoadSpec
let upserts = 0
const instance = autocannon({
  url: spec.url,
  connections: 16,
  amount: spec.amount,
  requests: [
    {
      method: 'PATCH',
      headers: {
        authorization: `apiKey ${spec.keys.connectif}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ _name: 'Ana', _newsletterSubscriptionStatus: 'subscribed' }),
      setupRequest(request: { path: string }) {
        request.path = `/connectif/contacts/email/user${upserts++ % 1000}%40example.com`
        return request
      },
    },
    {
      method: 'POST',
      path: '/hellotext/v1/attribution/events',
      headers: {
        authorization: `Bearer ${spec.keys.hellotext}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        action: 'product.purchased',
        product: 'vxqQJ3Yg',
        profile: 'MzYwlE50',
      }),
    },
    {
      method: 'POST',
      path: '/reskyt/api/v2/push',
      headers: { 'x-api-key': spec.keys.reskyt, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Your cart',
        tokens: ['5d41402abc4b2a76b9719d911017c592'],
        dateEnd: '1767225600',
      }),
    },
  ],
})
const step = Math.max(1, Math.floor(spec.amount / 100))
let done = 0
instance.on('response', () => {
  done++
  if (done % step === 0) process.send?.({ type: 'progress', done })
})
instance.on('done', (result) => {
  process.send?.({
    type: 'done',
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]),
    ),
    errors: result.errors + result.timeouts,
    rps: result.requests.average,
    p99: result.latency.p99,
  })
})
