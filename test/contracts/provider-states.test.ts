/**
 * `/__admin/pact/provider-states`, the state-change URL the Pact Verifier calls: it dispatches by
 * name to the states each service declares, within the pact's service, against one account.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'

let server: RunningServer
beforeAll(async () => {
  server = await startServer({ port: 0 })
})
afterAll(() => server?.close())
beforeEach(() => server.sandbox.reset())

async function changeState(body: Record<string, unknown>, query = '') {
  const response = await fetch(`${server.url}/__admin/pact/provider-states${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

const connectif = (path: string) =>
  fetch(`${server.url}/connectif${path}`, {
    headers: { authorization: `apiKey ${server.sandbox.defaultAccount.keys.connectif}` },
  })

describe('POST /__admin/pact/provider-states', () => {
  it('sets a state up in the given account, reading parameters from its name', async () => {
    const { account } = server.sandbox.accounts.create({ name: 'shop-b' })
    const setup = await changeState(
      { state: 'contact bea@example.com exists', action: 'setup' },
      `?account=${account.id}&service=connectif`,
    )
    expect(setup).toEqual({ status: 200, body: {} })
    const contacts = server.sandbox.connectif.contacts.findMany((q) =>
      q.where((c) => c._email === 'bea@example.com'),
    )
    expect(contacts.map((c) => c.accountId)).toEqual([account.id])
  })

  it('defaults to the default account, and a second setup of the same state changes nothing', async () => {
    await changeState({ state: 'contact ana@example.com exists', action: 'setup' })
    await changeState({ state: 'contact ana@example.com exists', action: 'setup' })
    expect((await connectif('/contacts/email/ana%40example.com')).status).toBe(200)
    expect(server.sandbox.connectif.contacts.findMany()).toHaveLength(1)
  })

  it('answers 200 {} to the empty state Pact sends for interactions without one', async () => {
    expect(await changeState({ state: '', action: 'setup' })).toEqual({ status: 200, body: {} })
  })

  it('hands the pact the values a state returns (Pact provider-state injection)', async () => {
    const { status, body } = await changeState({ state: 'an import of contacts was submitted' })
    expect(status).toBe(200)
    expect(body.importId).toMatch(/^[0-9a-f]{24}$/)
    expect((await connectif(`/imports/${body.importId}`)).status).toBe(200)
  })

  it("looks a name up within the pact's service: a product is Connectif's or Hellotext's", async () => {
    await changeState({ state: 'product vxqQJ3Yg exists' }, '?service=hellotext')
    expect(
      server.sandbox.hellotext.products.findMany((q) => q.where((p) => p.id === 'vxqQJ3Yg')),
    ).toHaveLength(1)
    expect(server.sandbox.connectif.products.findMany()).toEqual([])
  })

  it('fills the rate-limit window on setup and lets time empty it on teardown', async () => {
    await changeState({ state: 'account is at its rate limit', action: 'setup' })
    const limited = await connectif('/store/')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
    await changeState({ state: 'account is at its rate limit', action: 'teardown' })
    expect((await connectif('/store/')).status).toBe(200)
  })

  it("switches Reskyt's push API off for the interaction and back on at teardown", async () => {
    const push = () =>
      fetch(`${server.url}/reskyt/api/v2/push`, {
        method: 'POST',
        headers: {
          'x-api-key': server.sandbox.defaultAccount.keys.reskyt as string,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ title: 'Hi', tokens: ['5d41402abc4b2a76b9719d911017c592'] }),
      })
    const state = 'the push API is not activated for the account'
    await changeState({ state, action: 'setup' }, '?service=reskyt')
    expect((await push()).status).toBe(403)
    await changeState({ state, action: 'teardown' }, '?service=reskyt')
    expect((await push()).status).toBe(200)
  })

  it('names an unknown state and lists the ones the service has', async () => {
    const { status, body } = await changeState(
      { state: 'contact ana@example.com is a VIP', action: 'setup' },
      '?service=connectif',
    )
    expect(status).toBe(400)
    expect(body.error).toMatch(
      /^\[martech-sandbox\] Failed to set up "contact ana@example.com is a VIP": the sandbox knows no such connectif provider state\. Known states: contact \{email\} exists; .*account is at its rate limit\.$/,
    )
  })

  it.each([
    ['no state', {}, '', 400, /the body needs "state"/],
    [
      'an unknown action',
      { state: '', action: 'reset' },
      '',
      400,
      /"action" must be "setup" or "teardown"/,
    ],
    [
      'an unknown account',
      { state: 'contact a@b.c exists' },
      '?account=acct_nope',
      404,
      /no account acct_nope/,
    ],
    ['an unknown service', { state: '' }, '?service=mailchimp', 404, /no service "mailchimp"/],
    [
      'bad params for a state',
      { state: 'profile x exists' },
      '?service=hellotext',
      400,
      /8 letters or digits/,
    ],
  ])('rejects %s', async (_name, body, query, status, message) => {
    const answer = await changeState(body, query)
    expect(answer.status).toBe(status)
    expect(answer.body.error).toMatch(message)
  })
})

describe('GET /__admin/pact/provider-states', () => {
  it("lists a service's states with their placeholders", async () => {
    const response = await fetch(`${server.url}/__admin/pact/provider-states?service=hellotext`)
    expect(await response.json()).toEqual({
      states: [
        'profile {id} exists',
        'profile {id} does not exist',
        'session {id} exists',
        'product {id} exists',
      ],
    })
  })
})
