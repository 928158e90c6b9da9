import { describe, expect, it } from 'vitest'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'
import { hellotextErrors, hellotextHelpers, OTHER_SESSION, SESSION } from './support.ts'

describe.each(targets)('Hellotext sessions, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const h = hellotextHelpers(target)
  const attach = (session: string, profile: string) =>
    target()
      .hellotext()
      .PATCH('/v1/sessions/{session}', { params: { path: { session } }, body: { profile } })

  it('answers 404 to a session the server has not heard of, even a well-formed browser UUID', async () => {
    const profile = await h.createProfile()
    const { response, error } = await attach(SESSION, profile.id)
    expect(response.status).toBe(404)
    expect(error).toEqual(hellotextErrors('not_found', 'The session was not found.', 'session'))
  })

  it('answers 404 to an unknown profile', async () => {
    await h.browse()
    const { response, error } = await attach(SESSION, 'Zz9Zz9Zz')
    expect(response.status).toBe(404)
    expect(error).toEqual(hellotextErrors('not_found', 'The profile was not found.', 'profile'))
  })

  it('attaches an anonymous session (200, the session object) and moves its events to the profile', async () => {
    const { sandbox } = target()
    sandbox.clock.freeze(Date.parse('2026-08-14T13:00:00Z'))
    try {
      await h.browse()
      const product = await h.createProduct({ name: 'Socks' })
      const anonymous = await h.track(
        { action: 'product.viewed', session: SESSION, object: product.id },
        { 'X-Sandbox-Hellotext-Generation': 'current' },
      )
      expect(anonymous.status).toBe(200)
      const profile = await h.createProfile({ first_name: 'Lucía' })
      expect(await h.events(`/profiles/${profile.id}/events`)).toEqual([])
      const { response, data } = await attach(SESSION, profile.id)
      expect(response.status).toBe(200)
      expect(data).toEqual({
        id: SESSION,
        type: 'session',
        profile: profile.id,
        created_at: Date.parse('2026-08-14T13:00:00Z') / 1000,
      })
      expect(
        (await h.events(`/profiles/${profile.id}/events`)).map((e) => [e.action, e.session]),
      ).toEqual([
        ['product.viewed', SESSION],
        ['page.viewed', SESSION],
      ])
      // Events tracked on the session from now on go to its profile.
      await h.browse(SESSION, { action: 'cart.viewed', url: undefined })
      expect((await h.events(`/profiles/${profile.id}/events`))[0]).toMatchObject({
        action: 'cart.viewed',
        profile: profile.id,
      })
    } finally {
      sandbox.clock.unfreeze()
    }
  })

  it('never moves a session to another profile: 200 with the first owner, and the events stay', async () => {
    await h.browse()
    const first = await h.createProfile({ email: 'ana@example.com' })
    const second = await h.createProfile({ email: 'bea@example.com' })
    expect((await attach(SESSION, first.id)).data?.profile).toBe(first.id)
    const again = await attach(SESSION, second.id)
    expect(again.response.status).toBe(200)
    expect(again.data?.profile).toBe(first.id)
    expect(await h.events(`/profiles/${second.id}/events`)).toEqual([])
    expect(await h.events(`/profiles/${first.id}/events`)).toHaveLength(1)
  })

  it('refuses to track with a profile and a session that belongs to another profile (422)', async () => {
    await h.browse()
    const owner = await h.createProfile()
    const stranger = await h.createProfile()
    await attach(SESSION, owner.id)
    const current = { 'X-Sandbox-Hellotext-Generation': 'current' }
    const refused = await h.track(
      { action: 'subscribed', profile: stranger.id, session: SESSION },
      current,
    )
    expect(refused.status).toBe(422)
    expect(await refused.json()).toEqual(
      hellotextErrors('not_allowed', 'The session belongs to another profile.', 'session'),
    )
    const same = await h.track(
      { action: 'subscribed', profile: owner.id, session: SESSION },
      current,
    )
    expect(same.status).toBe(200)
  })

  it('serves the 2022 attach (POST, 201) with profile or profile_id, under the same rules', async () => {
    await h.browse(OTHER_SESSION)
    const profile = await h.createProfile()
    const legacy = await h.call('POST', `/v1/sessions/${OTHER_SESSION}`, { profile_id: profile.id })
    expect(legacy.status).toBe(201)
    expect(await legacy.json()).toMatchObject({
      id: OTHER_SESSION,
      type: 'session',
      profile: profile.id,
    })
    const unknown = await h.call('POST', `/v1/sessions/${SESSION}`, { profile: profile.id })
    expect([unknown.status, await unknown.json()]).toEqual([
      404,
      hellotextErrors('not_found', 'The session was not found.', 'session'),
    ])
    const empty = await h.call('POST', `/v1/sessions/${OTHER_SESSION}`, {})
    expect([empty.status, await empty.json()]).toEqual([
      422,
      hellotextErrors('parameter_missing', 'This parameter is required.', 'profile'),
    ])
  })

  it("moves an anonymous session's cart to the profile with the session", async () => {
    const current = { 'X-Sandbox-Hellotext-Generation': 'current' }
    await h.browse()
    const product = await h.createProduct({ name: 'Socks', reference: 'SKU-2001' })
    const added = await h.track(
      {
        action: 'cart.added',
        session: SESSION,
        object_parameters: {
          reference: 'cart-7781',
          source: 'custom_store',
          items: [{ product: 'SKU-2001', quantity: 2 }],
        },
      },
      current,
    )
    expect(added.status).toBe(200)
    const carts = await target().hellotext().GET('/v1/attribution/carts')
    expect(carts.data).toEqual([
      {
        id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
        reference: 'cart-7781',
        source: 'custom_store',
        items: [{ product: product.id, quantity: 2 }],
        created_at: expect.any(Number),
      },
    ])
    const profile = await h.createProfile()
    await attach(SESSION, profile.id)
    // The cart is now the profile's: the profile's next cart event without a reference finds it.
    const removed = await h.track(
      {
        action: 'cart.removed',
        profile: profile.id,
        object_parameters: { items: [{ product: product.id, quantity: 0 }] },
      },
      current,
    )
    expect(removed.status).toBe(200)
    expect((await target().hellotext().GET('/v1/attribution/carts')).data).toEqual([
      expect.objectContaining({ reference: 'cart-7781', items: [] }),
    ])
  })
})
