import { describe, expect, it } from 'vitest'
import { loadFixtures } from '../../mocks/server/load-fixtures.ts'
import { targetsWithData } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'
import { hellotextErrors, hellotextHelpers } from './support.ts'

describe.each(targetsWithData)('Hellotext profiles, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const h = hellotextHelpers(target)

  it('creates a profile (201) with an 8-character id, unsubscribed until told, and reads it back', async () => {
    const { sandbox } = target()
    sandbox.clock.freeze(Date.parse('2026-08-14T12:00:00Z'))
    try {
      const hellotext = target().hellotext()
      const created = await hellotext.POST('/v1/profiles', {
        body: {
          first_name: 'Lucía',
          last_name: 'Fernández',
          email: 'lucia@example.com',
          phone: '+59899000001',
          reference: '1042',
          lists: ['WooCommerce'],
        },
      })
      expect(created.response.status).toBe(201)
      expect(created.data).toEqual({
        id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
        type: 'profile',
        first_name: 'Lucía',
        last_name: 'Fernández',
        reference: '1042',
        emails: ['lucia@example.com'],
        phones: ['+59899000001'],
        lists: ['WooCommerce'],
        tags: [],
        properties: {},
        subscription: 'unconfirmed',
        created_at: Date.parse('2026-08-14T12:00:00Z') / 1000,
      })
      const id = created.data?.id as string
      const read = await hellotext.GET('/v1/profiles/{id}', { params: { path: { id } } })
      expect(read.data).toEqual(created.data)
    } finally {
      sandbox.clock.unfreeze()
    }
  })

  it('matches an existing profile by email or phone instead of creating another', async () => {
    const first = await h.createProfile({ first_name: 'Lucía', email: 'lucia@example.com' })
    const byEmail = await h.createProfile({ email: 'LUCIA@example.com', last_name: 'Fernández' })
    expect(byEmail).toMatchObject({ id: first.id, first_name: 'Lucía', last_name: 'Fernández' })
    const byPhone = await h.createProfile({ phone: { mobile: '+59899000001' } })
    expect(byPhone.id).not.toBe(first.id)
    const again = await h.createProfile({
      phone: '+59899000001',
      email: { work: 'l@work.example' },
    })
    expect(again.id).toBe(byPhone.id)
    expect(again.emails).toEqual(['l@work.example'])
    expect((await target().hellotext().GET('/v1/profiles')).data).toHaveLength(2)
  })

  it('updates the given fields (200), keeps the rest, and refuses an email another profile has (422)', async () => {
    const lucia = await h.createProfile({
      first_name: 'Lucía',
      email: 'lucia@example.com',
      lists: ['A'],
    })
    await h.createProfile({ email: 'bea@example.com' })
    const hellotext = target().hellotext()
    const path = { params: { path: { id: lucia.id } } }
    const updated = await hellotext.PATCH('/v1/profiles/{id}', {
      ...path,
      body: { last_name: 'Fernández Díaz', lists: ['B'] },
    })
    expect(updated.response.status).toBe(200)
    expect(updated.data).toMatchObject({
      first_name: 'Lucía',
      last_name: 'Fernández Díaz',
      emails: ['lucia@example.com'],
      lists: ['A', 'B'],
    })
    const taken = await hellotext.PATCH('/v1/profiles/{id}', {
      ...path,
      body: { email: 'bea@example.com' },
    })
    expect(taken.response.status).toBe(422)
    expect(taken.error).toEqual(
      hellotextErrors(
        'parameter_not_unique',
        'This value is already used by another profile.',
        'email',
      ),
    )
  })

  it.each([
    ['GET', undefined],
    ['PATCH', { first_name: 'X' }],
  ])('answers %s of an unknown or malformed id 404', async (method, body) => {
    for (const id of ['Zz9Zz9Zz', 'not-an-id']) {
      const response = await h.call(method, `/v1/profiles/${id}`, body)
      expect(response.status).toBe(404)
      expect(await response.json()).toEqual(
        hellotextErrors('not_found', 'The resource was not found.', 'id'),
      )
    }
  })

  it('stores custom properties by property id, under the property name, keeping unique ones unique', async () => {
    const hellotext = target().hellotext()
    const property = await hellotext.POST('/v1/properties', {
      body: { name: 'Customer ID', kind: 'text', unique: true },
    })
    expect(property.response.status).toBe(201)
    expect(property.data).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
      name: 'Customer ID',
      kind: 'text',
      unique: true,
    })
    const propertyId = property.data?.id as string
    const duplicate = await hellotext.POST('/v1/properties', { body: { name: 'Customer ID' } })
    expect([duplicate.response.status, duplicate.error]).toEqual([
      422,
      hellotextErrors(
        'parameter_not_unique',
        'This value is already used by another property.',
        'name',
      ),
    ])
    const profile = await h.createProfile({ property_by_id: { [propertyId]: 'C-1042' } })
    expect(profile.properties).toEqual({ 'Customer ID': 'C-1042' })
    const clash = await h.call('POST', '/v1/profiles', {
      property_by_id: { [propertyId]: 'C-1042' },
    })
    expect([clash.status, await clash.json()]).toEqual([
      422,
      hellotextErrors(
        'parameter_not_unique',
        'This value is already used by another profile.',
        `property_by_id.${propertyId}`,
      ),
    ])
    const unknown = await h.call('POST', '/v1/profiles', { property_by_id: { Zz9Zz9Zz: 'x' } })
    expect(unknown.status).toBe(404)
  })

  it('lists newest first and pages with limit, starting_after and ending_before', async () => {
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push((await h.createProfile({ first_name: `P${i}` })).id)
    const newest = [...ids].reverse()
    const hellotext = target().hellotext()
    const list = async (query: Record<string, string | number>) => {
      const { data, response } = await hellotext.GET('/v1/profiles', { params: { query } })
      expect(response.status).toBe(200)
      return data?.map((p) => p.id)
    }
    expect(await list({})).toEqual(newest)
    expect(await list({ limit: 2 })).toEqual(newest.slice(0, 2))
    expect(await list({ limit: 2, starting_after: newest[1] as string })).toEqual(
      newest.slice(2, 4),
    )
    expect(await list({ limit: 2, starting_after: newest[3] as string })).toEqual(newest.slice(4))
    expect(await list({ starting_after: newest[4] as string })).toEqual([])
    expect(await list({ limit: 2, ending_before: newest[4] as string })).toEqual(newest.slice(2, 4))
    expect(await list({ limit: 2, ending_before: newest[1] as string })).toEqual(newest.slice(0, 1))
    const unknown = await h.call('GET', '/v1/profiles?starting_after=Zz9Zz9Zz')
    expect([unknown.status, await unknown.json()]).toEqual([
      404,
      hellotextErrors('not_found', 'The resource was not found.', 'starting_after'),
    ])
    const both = await h.call(
      'GET',
      `/v1/profiles?starting_after=${ids[0]}&ending_before=${ids[1]}`,
    )
    expect([both.status, await both.json()]).toEqual([
      422,
      hellotextErrors(
        'ambiguous_parameter',
        'Send starting_after or ending_before, not both.',
        'ending_before',
      ),
    ])
    const badLimit = await h.call('GET', '/v1/profiles?limit=0')
    expect([badLimit.status, await badLimit.json()]).toEqual([
      422,
      hellotextErrors('invalid', 'This parameter must be >= 1.', 'limit'),
    ])
  })

  it('gives 25 profiles a page by default', async () => {
    loadFixtures(target().sandbox, {
      accounts: [
        {
          name: 'default',
          hellotext: { profiles: Array.from({ length: 30 }, (_, i) => ({ first_name: `P${i}` })) },
        },
      ],
    })
    const { data } = await target().hellotext().GET('/v1/profiles')
    expect(data).toHaveLength(25)
    expect(data?.[0]?.first_name).toBe('P29')
  })

  it("keeps accounts apart: another account's token sees none of these profiles", async () => {
    const mine = await h.createProfile({ email: 'lucia@example.com' })
    const { keys } = target().sandbox.accounts.create({ name: 'shop-b' })
    const other = target().hellotext(keys.hellotext)
    expect((await other.GET('/v1/profiles')).data).toEqual([])
    const read = await other.GET('/v1/profiles/{id}', { params: { path: { id: mine.id } } })
    expect(read.response.status).toBe(404)
    // The same email is free in another business.
    expect(
      (await other.POST('/v1/profiles', { body: { email: 'lucia@example.com' } })).response.status,
    ).toBe(201)
  })
})
