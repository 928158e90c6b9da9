import { describe, expect, it } from 'vitest'
import { seedConnectifFixtures } from '../../mocks/connectif/fixtures.ts'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

const welcome = {
  id: '63a0c1d2e3f4a5001234abcd',
  name: 'Bienvenida newsletter',
  status: 'active',
  createdAt: '2024-10-01T10:05:00.000Z',
  updatedAt: '2025-01-12T08:00:00.000Z',
}

describe.each(targets)('Connectif workflows and store, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const seed = (data: object, account = target().sandbox.defaultAccount.account) =>
    seedConnectifFixtures(target().sandbox.connectif, account, data)

  it('lists the seeded workflows of the account and reads one by id', async () => {
    seed({ workflows: [welcome, { id: '63a0c1d2e3f4a5001234abce', name: 'Carrito abandonado' }] })
    const connectif = target().connectif()
    const list = await connectif.GET('/workflows/')
    expect(list.response.status).toBe(200)
    expect(list.data).toEqual({
      links: {},
      results: [
        welcome,
        {
          id: '63a0c1d2e3f4a5001234abce',
          name: 'Carrito abandonado',
          status: 'active',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    })
    const one = await connectif.GET('/workflows/{id}', { params: { path: { id: welcome.id } } })
    expect(one.response.status).toBe(200)
    expect(one.data).toEqual(welcome)
  })

  it('pages workflows by limit and offset', async () => {
    seed({ workflows: Array.from({ length: 3 }, (_, i) => ({ name: `W${i}` })) })
    const page = await target()
      .connectif()
      .GET('/workflows/', { params: { query: { limit: 2, offset: 2 } } })
    expect(page.data?.results.map((w) => w.name)).toEqual(['W2'])
    expect(page.data?.links).toEqual({
      prev: `${target().connectifUrl}/workflows/?limit=2&offset=0`,
    })
  })

  it("answers 404 for an unknown workflow and for another account's workflow", async () => {
    const other = target().sandbox.accounts.create({ name: 'shop-b' })
    seed({ workflows: [welcome] }, other.account)
    const connectif = target().connectif()
    expect((await connectif.GET('/workflows/')).data?.results).toEqual([])
    const missing = await connectif.GET('/workflows/{id}', { params: { path: { id: welcome.id } } })
    expect(missing.response.status).toBe(404)
    expect(missing.error).toEqual({
      status: 404,
      title: 'Not Found',
      detail: 'Workflow not found.',
    })
    const own = await target()
      .connectif(other.keys.connectif)
      .GET('/workflows/{id}', { params: { path: { id: welcome.id } } })
    expect(own.data).toEqual(welcome)
  })

  it("describes the store from the account's settings", async () => {
    seed({
      store: {
        name: 'Tienda Ejemplo',
        url: 'https://www.tiendaejemplo.es',
        timezone: 'Atlantic/Canary',
      },
      allowedDomains: ['https://www.tiendaejemplo.es'],
    })
    const store = await target().connectif().GET('/store/')
    expect(store.response.status).toBe(200)
    expect(store.data).toEqual({
      id: target().sandbox.defaultAccount.account.id,
      name: 'Tienda Ejemplo',
      url: 'https://www.tiendaejemplo.es',
      timezone: 'Atlantic/Canary',
      allowedDomains: ['https://www.tiendaejemplo.es'],
    })
  })

  it('falls back to the account name, Europe/Madrid and no authorized domains', async () => {
    const shop = target().sandbox.accounts.create({ name: 'shop-b' })
    const store = await target().connectif(shop.keys.connectif).GET('/store/')
    expect(store.data).toEqual({
      id: shop.account.id,
      name: 'shop-b',
      timezone: 'Europe/Madrid',
      allowedDomains: [],
    })
  })
})
