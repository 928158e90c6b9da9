import { describe, expect, it } from 'vitest'
import { loadFixtures } from '../../mocks/server/load-fixtures.ts'
import hellotextDocument from '../../src/generated/hellotext.document.ts'
import { targetsWithData } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'
import { hellotextErrors, hellotextHelpers, OTHER_SESSION, SESSION } from './support.ts'

/** Every built-in action the spec lists, with the object parameters its object type takes. */
const { BuiltInAction } = (hellotextDocument.components?.schemas ?? {}) as {
  BuiltInAction: { enum: string[] }
}
const BUILT_IN = BuiltInAction.enum
const CART = { items: [{ product: { name: 'Socks', reference: 'SKU-2001' }, quantity: 1 }] }
const OBJECT_PARAMETERS: Record<string, [string | null, Record<string, unknown> | undefined]> = {
  subscribed: [null, undefined],
  unsubscribed: [null, undefined],
  page: ['url', undefined],
  product: ['product', { name: 'Trail running shoes', reference: 'SKU-1042' }],
  cart: ['cart', CART],
  checkout: ['cart', CART],
  order: ['order', { reference: '1042', source: 'woo' }],
  coupon: ['coupon', { code: 'AUTUMN10' }],
  refund: ['refund', { reference: 'R-1', source: 'woo', amount: 10, currency: 'USD' }],
  form: ['form', { reference: 'newsletter' }],
  app: ['app', { name: 'Rocío Sport' }],
}

describe.each(targetsWithData)('Hellotext server-side tracking, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const h = hellotextHelpers(target)
  /** The seed's product id: a fixture product, since ids are the sandbox's to mint. */
  const seedProduct = async () => {
    const product = await h.createProduct({
      name: 'Trail running shoes',
      price: { amount: 89.9, currency: 'USD' },
    })
    return product.id
  }

  it('answers the seed body (Bearer token, profile + product) 201 with exactly {"state":"ok"} and stores the event', async () => {
    loadFixtures(target().sandbox, {
      accounts: [
        {
          name: 'default',
          hellotext: { products: [{ id: 'vxqQJ3Yg', name: 'Trail running shoes' }] },
        },
      ],
    })
    const profile = await h.createProfile({ first_name: 'Lucía' })
    const response = await target().fetchHellotext('/v1/attribution/events', {
      method: 'POST',
      headers: { Authorization: `Bearer ${h.token()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        action: 'product.purchased',
        product: 'vxqQJ3Yg',
        profile: profile.id,
      }),
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await response.text()).toBe('{"state":"ok"}')
    expect(await h.events(`/profiles/${profile.id}/events`)).toEqual([
      expect.objectContaining({
        action: 'product.purchased',
        profile: profile.id,
        session: null,
        object: 'vxqQJ3Yg',
        object_type: 'product',
        via: 'api',
        generation: '2022',
      }),
    ])
  })

  it('accepts every documented built-in action by profile and by session, each with its object', async () => {
    expect(BUILT_IN).toHaveLength(22)
    const profile = await h.createProfile()
    await h.browse()
    const current = { 'X-Sandbox-Hellotext-Generation': 'current' }
    for (const action of BUILT_IN) {
      const [objectType, parameters] = OBJECT_PARAMETERS[action] ??
        OBJECT_PARAMETERS[action.split('.')[0] as string] ?? [null, undefined]
      const body: Record<string, unknown> = { action, profile: profile.id }
      if (action === 'cart.abandoned') {
        // An abandoned cart is an existing cart, named by id.
        const [cart] = (await target().hellotext().GET('/v1/attribution/carts')).data ?? []
        body.object = cart?.id
      } else if (parameters) body.object_parameters = parameters
      if (action === 'page.viewed') body.url = 'https://shop.example.com/'
      for (const identity of [{ profile: profile.id }, { session: SESSION }]) {
        const { profile: _, ...rest } = body
        const response = await h.track({ ...rest, ...identity }, current)
        expect([action, response.status, await response.json()]).toEqual([
          action,
          200,
          { status: 'received' },
        ])
      }
      const [event] = await h.events()
      expect([event?.action, event?.object_type]).toEqual([action, objectType])
    }
  })

  it('tracks by session with the 2022 keys (product_id, session_id) once the browser made the session known', async () => {
    const product = await seedProduct()
    const body = { action: 'product.purchased', product_id: product, session_id: SESSION }
    const unknown = await h.track(body)
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual(
      hellotextErrors('not_found', 'The session was not found.', 'session_id'),
    )
    await h.browse()
    const known = await h.track(body)
    expect(known.status).toBe(201)
    expect(await known.json()).toEqual({ state: 'ok' })
    const stored = await h.events(`/sessions/${SESSION}/events`)
    expect(stored.map((e) => [e.action, e.profile, e.object, e.amount, e.currency])).toEqual([
      ['product.purchased', null, product, 89.9, 'USD'],
      ['page.viewed', null, null, null, null],
    ])
  })

  it('serves the current generation per request with X-Sandbox-Hellotext-Generation: current (200 {"status":"received"})', async () => {
    const product = await seedProduct()
    const profile = await h.createProfile()
    const current = { 'X-Sandbox-Hellotext-Generation': 'current' }
    const response = await h.track(
      { action: 'product.viewed', profile: profile.id, object: product, metadata: { page: 'pdp' } },
      current,
    )
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('{"status":"received"}')
    const typed = await target()
      .hellotext()
      .POST('/v1/attribution/events', {
        params: { header: { 'X-Sandbox-Hellotext-Generation': '2022' } },
        body: { action: 'product.purchased', product, profile: profile.id },
      })
    expect(typed.response.status).toBe(201)
    expect(typed.data).toEqual({ state: 'ok' })
    expect((await h.events()).map((e) => [e.action, e.generation, e.metadata])).toEqual([
      ['product.purchased', '2022', {}],
      ['product.viewed', 'current', { page: 'pdp' }],
    ])
  })

  it('serves the current generation per account once the admin API selects it, and back', async () => {
    const profile = await h.createProfile()
    const accountId = target().sandbox.defaultAccount.account.id
    const settings = async (changes: Record<string, unknown>) =>
      (await (await h.settings(accountId, changes)).json()).hellotext
    expect(await settings({ generation: 'current' })).toMatchObject({ generation: 'current' })
    const neutral = { action: 'subscribed', profile: profile.id }
    const received = await h.track(neutral)
    expect([received.status, await received.json()]).toEqual([200, { status: 'received' }])
    // The request header still wins over the account.
    const overridden = await h.track(neutral, { 'X-Sandbox-Hellotext-Generation': '2022' })
    expect([overridden.status, await overridden.json()]).toEqual([201, { state: 'ok' }])
    await settings({ generation: '2022' })
    const ok = await h.track(neutral)
    expect([ok.status, await ok.json()]).toEqual([201, { state: 'ok' }])
    const refused = await h.settings(accountId, { generation: '2019' })
    expect(refused.status).toBe(422)
    expect((await refused.json()).issues[0]).toMatchObject({ path: '$.hellotext.generation' })
  })

  it("ignores the other generation's parameters by default, with a journal warning, as APIs of that era did", async () => {
    const profile = await h.createProfile()
    // The 2022 generation answers a current-only `url` on page.viewed: the url is not its own.
    const viewed = await h.track({
      action: 'page.viewed',
      profile: profile.id,
      url: 'https://shop.example.com/',
    })
    expect([viewed.status, await viewed.json()]).toEqual([201, { state: 'ok' }])
    const [event] = await h.events()
    expect(event).toMatchObject({ action: 'page.viewed', profile: profile.id, generation: '2022' })
    expect(event).not.toHaveProperty('url')
    const [entry] = target().sandbox.journal.list({ operationId: 'trackEvent', limit: 1 })
    expect(entry?.warnings).toEqual([
      "url belongs to the current tracking API; the 2022 one answering this request ignored it (set the account's hellotext.strict to refuse).",
    ])
    // The admin API's journal shows the same warning.
    const journal = await fetch(
      `${target()
        .serviceUrl('hellotext')
        .replace(/\/hellotext$/, '')}/__admin/requests?operationId=trackEvent&limit=1`,
    )
    expect((await journal.json()).requests[0].warnings).toEqual(entry?.warnings)
  })

  it('answers a body of the other generation 422 for a strict account, naming its first key of that generation', async () => {
    await h.settings(target().sandbox.defaultAccount.account.id, { strict: true })
    const product = await seedProduct()
    const profile = await h.createProfile()
    const currentBody = await h.track({
      action: 'product.viewed',
      profile: profile.id,
      object: product,
    })
    expect(currentBody.status).toBe(422)
    expect(await currentBody.json()).toEqual(
      hellotextErrors(
        'invalid',
        'This parameter belongs to the current tracking API; this request is answered by the 2022 one (X-Sandbox-Hellotext-Generation).',
        'object',
      ),
    )
    const legacyBody = await h.track(
      { action: 'product.purchased', product, profile: profile.id },
      { 'X-Sandbox-Hellotext-Generation': 'current' },
    )
    expect(legacyBody.status).toBe(422)
    expect(await legacyBody.json()).toEqual(
      hellotextErrors(
        'invalid',
        'This parameter belongs to the 2022 tracking API; this request is answered by the current one (X-Sandbox-Hellotext-Generation).',
        'product',
      ),
    )
    expect(await h.events()).toEqual([])
  })

  it('answers 422 to an unknown generation in the header', async () => {
    const profile = await h.createProfile()
    const response = await h.track(
      { action: 'subscribed', profile: profile.id },
      { 'X-Sandbox-Hellotext-Generation': 'v3' },
    )
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual(
      hellotextErrors(
        'invalid',
        'This parameter must be equal to one of the allowed values.',
        'X-Sandbox-Hellotext-Generation',
      ),
    )
  })

  it.each([
    [
      'an unknown action',
      { action: 'appointment.booked', profile: 'PROFILE' },
      'No action with this name exists for the business.',
      'action',
    ],
    [
      'the pre-2023 name page.visited',
      { action: 'page.visited', profile: 'PROFILE' },
      'No action with this name exists for the business.',
      'action',
    ],
    [
      'an unknown profile',
      { action: 'subscribed', profile: 'Zz9Zz9Zz' },
      'The profile was not found.',
      'profile',
    ],
    [
      'an unknown profile_id',
      { action: 'product.viewed', product_id: 'vxqQJ3Yg', profile_id: 'Zz9Zz9Zz' },
      'The profile was not found.',
      'profile_id',
    ],
  ])('answers 404 to %s', async (_, body, message, parameter) => {
    const profile = await h.createProfile()
    const response = await h.track(
      JSON.parse(JSON.stringify(body).replace('"PROFILE"', `"${profile.id}"`)),
    )
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual(hellotextErrors('not_found', message, parameter))
  })

  it('answers 404 to an unknown session and an unknown object, 422 to an object of another type', async () => {
    const profile = await h.createProfile()
    const current = { 'X-Sandbox-Hellotext-Generation': 'current' }
    const session = await h.track({ action: 'product.viewed', session: OTHER_SESSION }, current)
    expect([session.status, await session.json()]).toEqual([
      404,
      hellotextErrors('not_found', 'The session was not found.', 'session'),
    ])
    const object = await h.track(
      { action: 'product.viewed', profile: profile.id, object: 'Zz9Zz9Zz' },
      current,
    )
    expect([object.status, await object.json()]).toEqual([
      404,
      hellotextErrors('not_found', 'The object was not found.', 'object'),
    ])
    const coupon = await target()
      .hellotext()
      .POST('/v1/coupons', { body: { code: 'AUTUMN10' } })
    const wrongType = await h.track(
      { action: 'product.viewed', profile: profile.id, object: coupon.data?.id },
      current,
    )
    expect([wrongType.status, await wrongType.json()]).toEqual([
      422,
      hellotextErrors('invalid', "The object does not match the action's object type.", 'object'),
    ])
  })

  it.each([
    [
      'no action',
      { profile: 'PROFILE' },
      'parameter_missing',
      'This parameter is required.',
      'action',
    ],
    [
      'neither profile nor session',
      { action: 'subscribed' },
      'parameter_missing',
      'Either profile or session is required.',
      'profile',
    ],
    [
      'a 2022 body without identity',
      { action: 'product.purchased', product: 'vxqQJ3Yg' },
      'parameter_missing',
      'Either profile or session is required.',
      'profile',
    ],
    [
      'an empty profile',
      { action: 'subscribed', profile: '' },
      'parameter_invalid_empty',
      'This required parameter has an empty value. Provide a valid value for the parameter.',
      'profile',
    ],
    [
      'currency without amount',
      { action: 'subscribed', profile: 'PROFILE', currency: 'USD' },
      'parameter_missing',
      'amount is required when currency is given.',
      'amount',
    ],
    [
      'tracked_at in milliseconds',
      { action: 'subscribed', profile: 'PROFILE', tracked_at: 1786104000000 },
      'invalid',
      'Use Unix seconds or ISO-8601 with a time zone.',
      'tracked_at',
    ],
    [
      'tracked_at without a time zone',
      { action: 'subscribed', profile: 'PROFILE', tracked_at: '2026-08-14T10:30:00' },
      'invalid',
      'Use Unix seconds or ISO-8601 with a time zone.',
      'tracked_at',
    ],
    [
      'both object and object_parameters',
      {
        action: 'product.viewed',
        profile: 'PROFILE',
        object: 'vxqQJ3Yg',
        object_parameters: { name: 'Socks' },
      },
      'ambiguous_parameter',
      'Send object or object_parameters, not both.',
      'object_parameters',
    ],
  ])('answers 422 to %s', async (_, body, type, message, parameter) => {
    const profile = await h.createProfile()
    const withProfile = JSON.parse(JSON.stringify(body).replace('"PROFILE"', `"${profile.id}"`))
    const response = await h.track(withProfile, { 'X-Sandbox-Hellotext-Generation': 'current' })
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual(hellotextErrors(type, message, parameter))
    expect(await h.events()).toEqual([])
  })

  it('accepts tracked_at as Unix seconds or ISO-8601 with a zone and stores seconds', async () => {
    const profile = await h.createProfile()
    const current = { 'X-Sandbox-Hellotext-Generation': 'current' }
    for (const tracked_at of [1786104000, '2026-08-14T10:30:00-03:00']) {
      const response = await h.track(
        { action: 'subscribed', profile: profile.id, tracked_at },
        current,
      )
      expect(response.status).toBe(200)
    }
    expect((await h.events()).map((e) => e.tracked_at)).toEqual([1786714200, 1786104000])
  })

  it('keeps one built-in order event per order and action on a profile, whatever names the order', async () => {
    const profile = await h.createProfile()
    const current = { 'X-Sandbox-Hellotext-Generation': 'current' }
    const order = {
      reference: '1042',
      source: 'custom_store',
      delivery: 'deliver',
      items: [
        {
          product: { name: 'Running socks', reference: 'SKU-2001' },
          quantity: 2,
          price: { amount: 8.5, currency: 'USD' },
        },
      ],
    }
    const placed = await h.track(
      { action: 'order.placed', profile: profile.id, object_parameters: order },
      current,
    )
    expect(placed.status).toBe(200)
    const orderId = (await h.events())[0]?.object as string
    for (const body of [
      { action: 'order.placed', profile: profile.id, object: orderId },
      { action: 'order.placed', profile: profile.id, object_parameters: order },
      { action: 'order.shipped', profile: profile.id, object: orderId },
      { action: 'order.shipped', profile: profile.id, object: orderId },
    ]) {
      const response = await h.track(body, current)
      expect([response.status, await response.json()]).toEqual([200, { status: 'received' }])
    }
    expect((await h.events()).map((e) => [e.action, e.object, e.amount, e.currency])).toEqual([
      ['order.shipped', orderId, 17, 'USD'],
      ['order.placed', orderId, 17, 'USD'],
    ])
    // Not an order lifecycle action: every consent change counts.
    await h.track({ action: 'subscribed', profile: profile.id }, current)
    await h.track({ action: 'subscribed', profile: profile.id }, current)
    expect(await h.events()).toHaveLength(4)
  })

  it('tracks a custom action only once it exists, with a custom object created inline', async () => {
    const profile = await h.createProfile()
    const current = { 'X-Sandbox-Hellotext-Generation': 'current' }
    const body = {
      action: 'appointment.booked',
      profile: profile.id,
      object_type: 'appointment',
      object_parameters: { reference: 'APT-1042', room: 'Room 3' },
    }
    expect((await h.track(body, current)).status).toBe(404)
    const hellotext = target().hellotext()
    await hellotext.POST('/v1/actions', { body: { name: 'appointment.booked' } })
    const noStructure = await h.track(body, current)
    expect([noStructure.status, await noStructure.json()]).toEqual([
      404,
      hellotextErrors('not_found', 'The resource was not found.', 'object_type'),
    ])
    await hellotext.POST('/v1/objects', {
      body: {
        title: 'Appointments',
        name: 'appointment',
        properties: [
          { kind: 'text', name: 'reference', required: true, unique: true },
          { kind: 'text', name: 'room', required: true, unique: false },
        ],
      },
    })
    const missingRoom = await h.track(
      { ...body, object_parameters: { reference: 'APT-7' } },
      current,
    )
    expect([missingRoom.status, await missingRoom.json()]).toEqual([
      422,
      hellotextErrors('parameter_missing', 'This parameter is required.', 'room'),
    ])
    expect((await h.track(body, current)).status).toBe(200)
    expect((await h.track(body, current)).status).toBe(200)
    const stored = await h.events()
    expect(stored.map((e) => [e.action, e.object_type])).toEqual([
      ['appointment.booked', 'appointment'],
      ['appointment.booked', 'appointment'],
    ])
    expect(stored[0]?.object).toBe(stored[1]?.object)
  })

  it('lists tracked events newest first through GET /v1/attribution/events, paged', async () => {
    const profile = await h.createProfile()
    for (const action of ['subscribed', 'unsubscribed', 'subscribed'])
      await h.track({ action, profile: profile.id })
    const hellotext = target().hellotext()
    const all = await hellotext.GET('/v1/attribution/events')
    expect(all.data?.map((e) => e.action)).toEqual(['subscribed', 'unsubscribed', 'subscribed'])
    expect(all.data?.[0]).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
      action: 'subscribed',
      profile: profile.id,
      session: null,
      object: null,
      object_type: null,
      amount: null,
      currency: null,
      metadata: {},
      tracked_at: expect.any(Number),
      created_at: expect.any(Number),
    })
    const page = await hellotext.GET('/v1/attribution/events', {
      params: { query: { starting_after: all.data?.[0]?.id as string, limit: 1 } },
    })
    expect(page.data?.map((e) => e.id)).toEqual([all.data?.[1]?.id])
    // Consent actions change the profile's subscription.
    expect(
      (await hellotext.GET('/v1/profiles/{id}', { params: { path: { id: profile.id } } })).data
        ?.subscription,
    ).toBe('subscribed')
  })
})
