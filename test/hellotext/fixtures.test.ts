import { describe, expect, it } from 'vitest'
import { loadFixtures } from '../../mocks/server/load-fixtures.ts'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'
import { hellotextHelpers } from './support.ts'

describe.each(targets)('Hellotext fixtures, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const h = hellotextHelpers(target)

  it('seeds an account with a fixed token and Business ID, the current generation, profiles and products', async () => {
    const { sandbox } = target()
    loadFixtures(sandbox, {
      accounts: [
        {
          name: 'shop-a',
          keys: { hellotext: 'ALK_shopAtoken000000000000000000000' },
          hellotext: {
            businessId: 'ShopA001',
            generation: 'current',
            profiles: [
              {
                id: 'MzYwlE50',
                first_name: 'Lucía',
                email: 'lucia@example.com',
                lists: ['WooCommerce'],
              },
              { first_name: 'Martín', phone: '+59899000002' },
            ],
            products: [
              {
                id: 'vxqQJ3Yg',
                name: 'Trail running shoes',
                reference: 'SKU-1042',
                price: { amount: 89.9, currency: 'USD' },
              },
            ],
            actions: ['appointment.booked'],
          },
        },
      ],
    })
    const hellotext = target().hellotext('ALK_shopAtoken000000000000000000000')
    const profiles = (await hellotext.GET('/v1/profiles')).data ?? []
    expect(profiles.map((p) => [p.first_name, p.created_at])).toEqual([
      ['Martín', 1767225600],
      ['Lucía', 1767225600],
    ])
    expect(profiles[0]?.id).toMatch(/^[A-Za-z0-9]{8}$/)
    // Seeded emails match like created ones.
    const matched = await hellotext.POST('/v1/profiles', { body: { email: 'lucia@example.com' } })
    expect(matched.data?.id).toBe('MzYwlE50')
    const tracked = await h.call(
      'POST',
      '/v1/attribution/events',
      { action: 'product.viewed', profile: 'MzYwlE50', object: 'vxqQJ3Yg' },
      {},
      'ALK_shopAtoken000000000000000000000',
    )
    expect([tracked.status, await tracked.json()]).toEqual([200, { status: 'received' }])
    const custom = await h.call(
      'POST',
      '/v1/attribution/events',
      { action: 'appointment.booked', profile: 'MzYwlE50' },
      {},
      'ALK_shopAtoken000000000000000000000',
    )
    expect(custom.status).toBe(200)
    const business = await target()
      .hellotext('ShopA001')
      .GET('/v1/public/businesses/{business_id}', { params: { path: { business_id: 'ShopA001' } } })
    expect(business.data?.id).toBe('ShopA001')
    // The default account sees none of it.
    expect((await target().hellotext().GET('/v1/profiles')).data).toEqual([])
  })

  it('gives the same fixture ids every time', async () => {
    const seed = () =>
      loadFixtures(target().sandbox, {
        accounts: [{ name: 'default', hellotext: { profiles: [{ first_name: 'A' }] } }],
      })
    seed()
    const first = (await target().hellotext().GET('/v1/profiles')).data?.[0]?.id
    target().sandbox.reset()
    seed()
    expect((await target().hellotext().GET('/v1/profiles')).data?.[0]?.id).toBe(first)
  })

  it('refuses bad fixture data with a message naming the problem', () => {
    const load = (hellotext: unknown) =>
      loadFixtures(target().sandbox, { accounts: [{ name: 'default', hellotext }] })
    expect(() => load({ widgets: [] })).toThrow(/unknown key "widgets"/)
    expect(() => load({ generation: '2019' })).toThrow(/"generation" must be one of 2022, current/)
    expect(() => load({ products: [{ reference: 'X' }] })).toThrow(/products\[0\] needs a name/)
  })
})
