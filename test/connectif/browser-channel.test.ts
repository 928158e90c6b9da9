/**
 * Connectif's browser channel without a browser: the client script as served, the scrippet
 * notifications it posts (tracker, identification, fields, activities, cart), and CORS, on both
 * transports. The Chromium suites in test/browser run the script itself.
 */
import { describe, expect, it, onTestFinished } from 'vitest'
import { DEFAULT_RETENTION } from '../../mocks/sandbox/retention.ts'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

describe.each(targets)('Connectif browser channel, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const adminUrl = () => `${target().connectifUrl.replace(/\/connectif$/, '')}/__admin`
  const admin = async (path: string) => (await fetch(`${adminUrl()}${path}`)).json()
  const webClientId = async () => {
    const id = target().sandbox.defaultAccount.account.id
    return (await admin(`/accounts/${id}/settings`)).connectif.web.webClientId as string
  }
  const notify = async (body: unknown, token?: string) => {
    const response = await target().fetchConnectif(
      `/integration-type/system/scrippet-notification/${token ?? (await webClientId())}`,
      {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      },
    )
    return { status: response.status, body: await response.json() }
  }

  it('serves the client script configured for the account, and 404 for an unknown id or shard', async () => {
    const id = await webClientId()
    const script = await target().fetchConnectif(`/eu1/client-script/${id}`)
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toMatch(/^application\/javascript/)
    const text = await script.text()
    expect(text).toContain('window.initializeConnectif(window.connectifConfiguration);')
    // Notifications go back where the script came from: the same origin under serve.
    expect(text).toContain(`"baseUrl":"${target().connectifUrl}/"`)
    expect(text).toContain(`"token":"${id}"`)
    if (target().connectifUrl === 'https://api.connectif.cloud') {
      // From the real CDN host, the script posts to the account's shard.
      const cdn = await fetch(`https://cdn.connectif.cloud/eu1/client-script/${id}`)
      expect(await cdn.text()).toContain('"baseUrl":"https://eu1-api.connectif.cloud/"')
    }
    expect((await target().fetchConnectif('/eu1/client-script/nobody')).status).toBe(404)
    expect((await target().fetchConnectif(`/eu6/client-script/${id}`)).status).toBe(404)
  })

  it('refuses web settings whose page pattern is not a regular expression, keeping the old ones', async () => {
    const id = target().sandbox.defaultAccount.account.id
    const response = await fetch(`${adminUrl()}/accounts/${id}/settings`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ connectif: { web: { excludeTracking: ['/checkout('] } } }),
    })
    expect(response.status).toBe(422)
    expect((await response.json()).error).toContain(
      '"/checkout(", which is not a regular expression',
    )
    expect((await admin(`/accounts/${id}/settings`)).connectif.web.excludeTracking).toEqual([])
  })

  it('answers a notification with the documented shape, and 404 / 400 for an unknown id or a body that is not JSON', async () => {
    const answer = await notify({ entityInfo: {}, events: [{ type: 'page-visit' }] })
    expect(answer).toEqual({
      status: 200,
      body: {
        trackerId: expect.stringMatching(/^[0-9a-f]{24}$/),
        webModals: {},
        banners: [],
        webContents: [],
      },
    })
    expect((await notify({}, 'nobody')).status).toBe(404)
    expect(await notify('not json')).toMatchObject({
      status: 400,
      body: { status: 400, detail: expect.stringContaining('must be a JSON object') },
    })
  })

  it('merges a browser’s anonymous contact into the contact with the email, leaving out a field that is not defined', async () => {
    await target().sendConnectif('PATCH', '/contacts/email/ana%40example.com', { _name: 'Ana' })
    const first = await notify({
      entityInfo: {},
      events: [{ type: 'page-visit' }],
      pageInfo: { categories: ['/Shoes'], title: 'Shoes', keywords: [], tags: [] },
    })
    const { trackerId } = first.body
    const second = await notify({
      entityInfo: { primaryKey: 'ana@example.com', trackerId, 'reskyt-token': 'abc' },
      events: [{ type: 'search', searchText: 'trail' }],
    })
    expect(second.body.trackerId).toBe(trackerId)
    const { activities } = await admin('/connectif/activities?email=ana%40example.com')
    expect(activities.map((a: { type: string }) => a.type)).toEqual([
      'entity-created',
      'web-page-visited',
      'entity-merged',
      'search',
    ])
    expect(activities[1].details).toMatchObject({ categories: ['/Shoes'], title: 'Shoes' })
    const contact = await (
      await target().sendConnectif('GET', '/contacts/email/ana%40example.com')
    ).json()
    expect(contact._name).toBe('Ana')
    expect(contact['reskyt-token']).toBeUndefined()
    const { notifications } = await admin('/connectif/notifications')
    expect(notifications[0].ignored).toEqual([
      { path: 'entityInfo.reskyt-token', reason: expect.stringContaining('reskyt-token') },
    ])
  })

  it('keeps the newest web activities once over retention.webActivities', async () => {
    const setLimit = (webActivities: number) =>
      fetch(`${adminUrl()}/retention`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ webActivities }),
      })
    // Limits survive resets: put the default back whatever happens.
    onTestFinished(async () => void (await setLimit(DEFAULT_RETENTION.webActivities)))
    await setLimit(2)
    const { trackerId } = (await notify({ entityInfo: {}, events: [{ type: 'page-visit' }] })).body
    await notify({ entityInfo: { trackerId }, events: [{ type: 'search', searchText: 'trail' }] })
    const { notifications } = await admin('/connectif/notifications')
    const { activities } = await admin(
      `/connectif/activities?contactId=${notifications[0].contactId}`,
    )
    // entity-created, the first of three, has dropped off.
    expect(activities.map((a: { type: string }) => a.type)).toEqual(['web-page-visited', 'search'])
  })

  it('keeps the cart and turns each change into added and removed activities', async () => {
    const cart = (products: Array<[string, number]>) => ({
      cartId: 'crt1',
      totalQuantity: products.reduce((n, [, q]) => n + q, 0),
      totalPrice: 10,
      products: products.map(([productId, quantity]) => ({ productId, quantity, price: 5 })),
    })
    const { trackerId } = (await notify({ entityInfo: {}, cart: cart([['A', 1]]) })).body
    await notify({
      entityInfo: { trackerId },
      cart: cart([
        ['A', 2],
        ['B', 1],
      ]),
    })
    await notify({ entityInfo: { trackerId }, cart: cart([]) })
    const { notifications } = await admin('/connectif/notifications')
    const { activities } = await admin(
      `/connectif/activities?contactId=${notifications[0].contactId}`,
    )
    expect(
      activities
        .filter((a: { type: string }) => a.type.startsWith('cart-'))
        .map((a: { type: string; details: { productId: string; quantity: number } }) => [
          a.type,
          a.details.productId,
          a.details.quantity,
        ]),
    ).toEqual([
      ['cart-product-added', 'A', 1],
      ['cart-product-added', 'A', 1],
      ['cart-product-added', 'B', 1],
      ['cart-product-removed', 'A', 2],
      ['cart-product-removed', 'B', 1],
    ])
  })

  it('answers a preflight without credentials, and puts Access-Control-Allow-Origin on errors', async () => {
    const preflight = await target().fetchConnectif('/contacts/email/ana%40example.com', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://shop.example.com',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization, content-type',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, DELETE, PATCH')
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'content-type, authorization',
    )
    const refused = await target().fetchConnectif('/contacts/email/ana%40example.com', {
      headers: { origin: 'https://shop.example.com' },
    })
    expect(refused.status).toBe(401)
    expect(refused.headers.get('access-control-allow-origin')).toBe('*')
    const allowed = await target().sendConnectif('GET', '/store/')
    expect(allowed.headers.get('access-control-expose-headers')).toContain('x-ratelimit-remaining')
  })
})
