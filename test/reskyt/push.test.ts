import { describe, expect, it } from 'vitest'
import { createReskytClient, RESKYT_PUSH_PATH } from '../../src/clients/reskyt.ts'
import { targetsWithData } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

const TOKEN = '5d41402abc4b2a76b9719d911017c592'

describe.each(targetsWithData)('Reskyt push APIs, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const reskyt = (apiKey = target().sandbox.defaultAccount.keys.reskyt as string) =>
    createReskytClient({ apiKey, baseUrl: target().serviceUrl('reskyt') })
  const admin = (path: string, init?: RequestInit) =>
    fetch(
      `${target()
        .serviceUrl('reskyt')
        .replace(/\/reskyt$/, '')}/__admin${path}`,
      init?.body === undefined
        ? init
        : { ...init, headers: { 'content-type': 'application/json' } },
    )
  const registerDevice = (token = TOKEN) =>
    admin('/reskyt/devices', {
      method: 'POST',
      body: JSON.stringify({ token, platform: 'android' }),
    })
  const outbox = async (query = '') => (await (await admin(`/reskyt/outbox${query}`)).json()).pushes

  it('accepts a JSON push with x-api-key (200 {"success":true}) and puts it in the outbox, delivered after a second', async () => {
    const { sandbox } = target()
    sandbox.clock.freeze(Date.parse('2026-06-01T10:00:00Z'))
    try {
      await registerDevice()
      const { data, response } = await reskyt().POST(RESKYT_PUSH_PATH, {
        body: {
          title: 'Your cart misses you',
          tokens: [TOKEN],
          url: 'https://shop.example.com/cart',
          utmCampaign: 'cart',
          dateEnd: '1790805599',
        },
      })
      expect(response.status).toBe(200)
      expect(data).toEqual({ success: true })
      const [queued] = await outbox()
      expect(queued).toMatchObject({
        source: 'json',
        token: TOKEN,
        knownToken: true,
        title: 'Your cart misses you',
        utmCampaign: 'cart',
        dateEnd: 1790805599,
        deliveryState: 'queued',
      })
      sandbox.clock.advance('1s')
      expect((await outbox())[0].deliveryState).toBe('delivered')
    } finally {
      sandbox.clock.unfreeze()
    }
  })

  it('marks a push whose dateEnd has passed by the sandbox clock as expired, never delivered', async () => {
    const { sandbox } = target()
    sandbox.clock.freeze(Date.parse('2026-06-01T10:00:00Z'))
    try {
      await registerDevice()
      const dateEnd = String(Date.parse('2026-06-01T09:00:00Z') / 1000)
      await reskyt().POST(RESKYT_PUSH_PATH, {
        body: { title: 'Offer over', tokens: [TOKEN], dateEnd },
      })
      sandbox.clock.advance('10s')
      expect((await outbox())[0].deliveryState).toBe('expired')
    } finally {
      sandbox.clock.unfreeze()
    }
  })

  it('keeps a push to an unknown token, flagged, since Reskyt cannot report delivery errors', async () => {
    const { response } = await reskyt().POST(RESKYT_PUSH_PATH, {
      body: { title: 'Hi', tokens: ['never-registered'] },
    })
    expect(response.status).toBe(200)
    expect(await outbox('?token=never-registered')).toMatchObject([
      { knownToken: false, deliveryState: 'unknown-token' },
    ])
  })

  it('filters the outbox by device token and clears it', async () => {
    await reskyt().POST(RESKYT_PUSH_PATH, {
      body: { title: 'Two devices', tokens: ['a-token', 'b-token'] },
    })
    expect((await outbox()).map((p: { token: string }) => p.token).sort()).toEqual([
      'a-token',
      'b-token',
    ])
    expect(await outbox('?token=b-token')).toHaveLength(1)
    expect((await admin('/reskyt/outbox', { method: 'DELETE' })).status).toBe(204)
    expect(await outbox()).toEqual([])
  })

  it.each([
    ['no x-api-key', undefined, 401, { error: 'Missing x-api-key header' }],
    ['an unknown key', 'nope', 401, { error: 'Invalid API key' }],
  ])('answers %s with %i', async (_, key, status, body) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (key) headers['x-api-key'] = key
    const response = await fetch(`${target().serviceUrl('reskyt')}${RESKYT_PUSH_PATH}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: 't', tokens: ['x'] }),
    })
    expect(response.status).toBe(status)
    expect(await response.json()).toEqual(body)
  })

  it('answers 403 when the account’s push API is not activated', async () => {
    const { sandbox } = target()
    const settings = await admin(`/accounts/${sandbox.defaultAccount.account.id}/settings`, {
      method: 'PATCH',
      body: JSON.stringify({ reskyt: { apiActivated: false } }),
    })
    expect((await settings.json()).reskyt).toEqual({ apiActivated: false })
    const { error, response } = await reskyt().POST(RESKYT_PUSH_PATH, {
      body: { title: 't', tokens: ['x'] },
    })
    expect(response.status).toBe(403)
    expect(error).toEqual({ error: 'Push API is not activated for this account' })
  })

  it.each([
    ['without a title', { tokens: ['x'] }, { error: 'title is required', field: 'title' }],
    [
      'with no tokens',
      { title: 't', tokens: [] },
      { error: 'tokens must be a non-empty array of device tokens', field: 'tokens' },
    ],
    [
      'with dateEnd in milliseconds-like text',
      { title: 't', tokens: ['x'], dateEnd: 'tomorrow' },
      { error: 'dateEnd must be a Unix timestamp in seconds', field: 'dateEnd' },
    ],
  ])(
    'answers 422 naming the field for a push %s, and queues nothing',
    async (_, body, expected) => {
      // biome-ignore lint/suspicious/noExplicitAny: deliberately sending what the type forbids
      const { error, response } = await reskyt().POST(RESKYT_PUSH_PATH, { body: body as any })
      expect(response.status).toBe(422)
      expect(error).toEqual(expected)
      expect(await outbox()).toEqual([])
    },
  )

  it('accepts the legacy form call (user, password = API key, titulo, tokens joined by ";") answering "1"', async () => {
    const { sandbox } = target()
    const { data, response } = await reskyt().POST('/api/push', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: {
        user: 'default',
        password: sandbox.defaultAccount.keys.reskyt as string,
        titulo: 'Rebajas',
        url: 'https://shop.example.com/rebajas',
        campaign: 'rebajas',
        tokens: 'a-token;b-token',
      },
      parseAs: 'text',
    })
    expect(response.status).toBe(200)
    expect(data).toBe('1')
    expect(await outbox('?source=legacy')).toMatchObject([
      { token: 'b-token', title: 'Rebajas', utmCampaign: 'rebajas' },
      { token: 'a-token', title: 'Rebajas', utmCampaign: 'rebajas' },
    ])
  })

  it('answers "0" to legacy calls with bad credentials or a missing field', async () => {
    const send = (form: Record<string, string>) =>
      fetch(`${target().serviceUrl('reskyt')}/api/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form),
      })
    const bad = await send({ user: 'default', password: 'wrong', titulo: 't', tokens: 'x' })
    expect([bad.status, await bad.text()]).toEqual([401, '0'])
    const missing = await send({
      user: 'default',
      password: target().sandbox.defaultAccount.keys.reskyt as string,
      tokens: 'x',
    })
    expect([missing.status, await missing.text()]).toEqual([400, '0'])
    expect(await outbox()).toEqual([])
  })
})
