/**
 * Run-time control over HTTP: fault rules (a seeded probability that replays, fixed and ranged
 * latency, the service's own error body, no answer) and per-account rate limits, through the
 * admin API of a running server.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'

let server: RunningServer
beforeAll(async () => {
  server = await startServer({ port: 0 })
})
afterAll(() => server.close())
beforeEach(() => server.sandbox.reset())

const admin = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${server.url}/__admin${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return {
    status: response.status,
    body: response.status === 204 ? undefined : await response.json(),
  }
}
const getContact = (init?: RequestInit) =>
  fetch(`${server.url}/connectif/contacts/email/ana%40example.com`, {
    ...init,
    headers: { authorization: `apiKey ${server.sandbox.defaultAccount.keys.connectif}` },
  })

describe('fault rules', () => {
  it('replays a seeded 30% error fault: the same hits and misses, twice', async () => {
    const run = async () => {
      const added = await admin('POST', '/faults', {
        service: 'connectif',
        status: 503,
        probability: 0.3,
        seed: 20260101,
      })
      expect(added.status).toBe(201)
      const statuses: number[] = []
      for (let i = 0; i < 40; i++) statuses.push((await getContact()).status)
      await admin('DELETE', `/faults/${added.body.id}`)
      return statuses
    }
    const first = await run()
    // Other traffic in between must not shift the rule's own dice.
    await admin('POST', '/accounts', { name: 'in-between' })
    const second = await run()
    expect(second).toEqual(first)
    const hits = first.filter((status) => status === 503).length
    expect(hits).toBeGreaterThan(4)
    expect(hits).toBeLessThan(24)
    expect(new Set(first)).toEqual(new Set([503, 404]))
  })

  it('answers an error status with no body given in the service’s own error body', async () => {
    await admin('POST', '/faults', { service: 'connectif', status: 503, times: 1 })
    const response = await getContact()
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ status: 503, title: expect.any(String) })
    const hellotext = await admin('POST', '/faults', { service: 'hellotext', status: 500 })
    expect(hellotext.status).toBe(201)
    const profile = await fetch(`${server.url}/hellotext/v1/profiles`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${server.sandbox.defaultAccount.keys.hellotext}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ first_name: 'Lucía' }),
    })
    expect(profile.status).toBe(500)
    expect(await profile.json()).toHaveProperty('errors')
  })

  it('delays the real answer by a fixed latency, and by one drawn from a range', async () => {
    await admin('POST', '/faults', { service: 'connectif', delayMs: 200, times: 1 })
    let started = performance.now()
    expect((await getContact()).status).toBe(404)
    expect(performance.now() - started).toBeGreaterThanOrEqual(190)
    await admin('POST', '/faults', {
      service: 'connectif',
      delayMs: { min: 150, max: 250 },
      seed: 3,
      times: 1,
    })
    started = performance.now()
    expect((await getContact()).status).toBe(404)
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    const [entry] = server.sandbox.journal.list({ limit: 1 })
    expect(entry?.durationMs).toBeGreaterThanOrEqual(140)
  })

  it('refuses a latency range whose max is below its min, with 422', async () => {
    const refused = await admin('POST', '/faults', { delayMs: { min: 300, max: 100 } })
    expect(refused.status).toBe(422)
    expect(refused.body.error).toMatch(/delayMs\.max \(100\) is below delayMs\.min \(300\)/)
  })

  it('never answers a "no answer" rule: the client gives up, and the journal says status 0', async () => {
    await admin('POST', '/faults', { service: 'connectif', noAnswer: true, times: 1 })
    await expect(getContact({ signal: AbortSignal.timeout(300) })).rejects.toThrow(/abort|timeout/i)
    const [entry] = server.sandbox.journal.list({ limit: 1 })
    expect(entry?.status).toBe(0)
    // The rule has retired: the next call is answered.
    expect((await getContact()).status).toBe(404)
  })

  it('resets the connection for a network error rule', async () => {
    await admin('POST', '/faults', { service: 'connectif', networkError: true, times: 1 })
    await expect(getContact()).rejects.toThrow(/fetch failed/)
  })
})

describe('per-account rate limits', () => {
  it('change for the account’s next request, and null gives back the default', async () => {
    const id = server.sandbox.defaultAccount.account.id
    const changed = await admin('PATCH', `/accounts/${id}`, { rateLimits: { connectif: 1 } })
    expect(changed.status).toBe(200)
    expect(changed.body.rateLimits).toEqual({ connectif: 1 })
    expect((await getContact()).status).toBe(404)
    expect((await getContact()).status).toBe(429)
    const restored = await admin('PATCH', `/accounts/${id}`, { rateLimits: { connectif: null } })
    expect(restored.body.rateLimits).toEqual({})
    expect((await getContact()).status).toBe(404)
    expect((await admin('PATCH', `/accounts/${id}`, { rateLimits: { connectif: 0 } })).status).toBe(
      422,
    )
    expect((await admin('PATCH', '/accounts/acct_nope', { name: 'x' })).status).toBe(404)
  })
})
