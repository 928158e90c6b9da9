import { describe, expect, it } from 'vitest'
import { targetsWithData } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

const keyboard = {
  name: 'Mechanical keyboard',
  unitPrice: 89.9,
  productDetailUrl: 'https://shop.example.com/p/kb-1',
  categories: ['Pc/Keyboards/Special'],
}

const purchaseBody = (overrides: Record<string, unknown> = {}) => ({
  purchaseId: 'ORD-1',
  purchaseDate: '2026-03-01T10:00:00.000Z',
  contactEmail: 'ana@example.com',
  totalPrice: 179.8,
  totalQuantity: 2,
  products: [
    {
      productId: 'KB-1',
      name: 'Mechanical keyboard',
      quantity: 2,
      price: 179.8,
      unitPrice: 89.9,
      productDetailUrl: 'https://shop.example.com/p/kb-1',
    },
  ],
  ...overrides,
})

describe.each(targetsWithData)('Connectif products and purchases, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const kb1 = { params: { path: { productId: 'KB-1' } } }

  const seedContactAndProduct = async () => {
    const connectif = target().connectif()
    await connectif.PATCH('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
      body: { _name: 'Ana' },
    })
    await connectif.PATCH('/products/product-id/{productId}', { ...kb1, body: keyboard })
    return connectif
  }

  it('patches or creates a product by store id, and reads it by either id', async () => {
    const connectif = target().connectif()
    const created = await connectif.PATCH('/products/product-id/{productId}', {
      ...kb1,
      body: keyboard,
    })
    expect(created.response.status).toBe(201)
    expect(created.data).toMatchObject({
      productId: 'KB-1',
      name: 'Mechanical keyboard',
      availability: 'instock',
    })
    const patched = await connectif.PATCH('/products/product-id/{productId}', {
      ...kb1,
      body: { unitPrice: 79.9 },
    })
    expect(patched.response.status).toBe(200)
    expect(patched.data).toMatchObject({
      id: created.data?.id,
      unitPrice: 79.9,
      name: 'Mechanical keyboard',
    })
    const byId = await connectif.GET('/products/{id}', {
      params: { path: { id: created.data?.id as string } },
    })
    expect(byId.data?.productId).toBe('KB-1')
    expect((await connectif.DELETE('/products/product-id/{productId}', kb1)).response.status).toBe(
      204,
    )
    expect((await connectif.GET('/products/product-id/{productId}', kb1)).response.status).toBe(404)
  })

  it('refuses a product URL outside the authorized domains with E0201', async () => {
    const { sandbox } = target()
    sandbox.defaultAccount.account.settings.connectif = {
      allowedDomains: ['https://shop.example.com'],
    }
    const { error, response } = await target()
      .connectif()
      .PATCH('/products/product-id/{productId}', {
        ...kb1,
        body: { ...keyboard, productDetailUrl: 'https://elsewhere.example.org/p/kb-1' },
      })
    expect(response.status).toBe(400)
    expect(error).toEqual({
      status: 400,
      title: 'Bad Request',
      detail: 'Product URL from non authorized domain.',
      code: 'E0201',
      allowedDomains: ['https://shop.example.com'],
    })
  })

  it('creates a purchase (201), finds it by both ids, and updates the contact’s stats', async () => {
    const connectif = await seedContactAndProduct()
    const created = await connectif.POST('/purchases/', { body: purchaseBody() })
    expect(created.response.status).toBe(201)
    expect(created.data?.id).toMatch(/^[0-9a-f]{24}$/)
    expect(created.data?.products?.[0]?.id).toMatch(/^[0-9a-f]{24}$/)
    const byStoreId = await connectif.GET('/purchases/purchase-id/{purchaseId}', {
      params: { path: { purchaseId: 'ORD-1' } },
    })
    const byId = await connectif.GET('/purchases/{id}', {
      params: { path: { id: created.data?.id as string } },
    })
    expect(byId.data).toEqual(byStoreId.data)
    const contact = await connectif.GET('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
    })
    expect(contact.data).toMatchObject({
      _totalPurchases: 1,
      _totalPurchasesAmount: 179.8,
      _averagePurchasesAmount: 179.8,
      _firstPurchaseDate: '2026-03-01T10:00:00.000Z',
      _lastPurchaseDate: '2026-03-01T10:00:00.000Z',
    })
  })

  it('deleting a purchase answers 204 and recalculates the contact’s stats', async () => {
    const connectif = await seedContactAndProduct()
    await connectif.POST('/purchases/', { body: purchaseBody() })
    await connectif.POST('/purchases/', {
      body: purchaseBody({
        purchaseId: 'ORD-2',
        totalPrice: 20.2,
        purchaseDate: '2026-04-01T00:00:00.000Z',
      }),
    })
    const removed = await connectif.DELETE('/purchases/purchase-id/{purchaseId}', {
      params: { path: { purchaseId: 'ORD-1' } },
    })
    expect(removed.response.status).toBe(204)
    const contact = await connectif.GET('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
    })
    expect(contact.data).toMatchObject({
      _totalPurchases: 1,
      _totalPurchasesAmount: 20.2,
      _firstPurchaseDate: '2026-04-01T00:00:00.000Z',
    })
    expect(
      (
        await connectif.GET('/purchases/purchase-id/{purchaseId}', {
          params: { path: { purchaseId: 'ORD-1' } },
        })
      ).response.status,
    ).toBe(404)
  })

  it('answers E0101 for an unknown contact', async () => {
    const connectif = await seedContactAndProduct()
    const { error } = await connectif.POST('/purchases/', {
      body: purchaseBody({ contactEmail: 'nobody@example.com' }),
    })
    expect(error).toEqual({
      status: 400,
      title: 'Bad Request',
      detail: 'Contact nobody@example.com does not exist.',
      code: 'E0101',
    })
  })

  it('answers E0102 naming the products missing from the catalog', async () => {
    const connectif = await seedContactAndProduct()
    const lines = [
      ...purchaseBody().products,
      {
        productId: 'GHOST-9',
        name: 'Ghost',
        quantity: 1,
        price: 1,
        unitPrice: 1,
        productDetailUrl: 'https://shop.example.com/p/g',
      },
    ]
    const { error } = await connectif.POST('/purchases/', {
      body: purchaseBody({ products: lines }),
    })
    expect(error).toEqual({
      status: 400,
      title: 'Bad Request',
      detail: 'Products GHOST-9 are not in the catalog.',
      code: 'E0102',
      productIds: ['GHOST-9'],
    })
  })

  it('answers E0103 for a line whose URL is outside the authorized domains', async () => {
    const connectif = await seedContactAndProduct()
    const { sandbox } = target()
    sandbox.defaultAccount.account.settings.connectif = {
      allowedDomains: ['https://shop.example.com'],
    }
    const line = { ...purchaseBody().products[0], imageUrl: 'https://cdn.elsewhere.org/kb.png' }
    const { error } = await connectif.POST('/purchases/', {
      body: purchaseBody({ products: [line] }),
    })
    expect(error).toMatchObject({
      code: 'E0103',
      productIds: ['KB-1'],
      allowedDomains: ['https://shop.example.com'],
    })
  })

  it('refuses a second purchase with the same purchaseId, as the spec documents', async () => {
    const connectif = await seedContactAndProduct()
    await connectif.POST('/purchases/', { body: purchaseBody() })
    const { error, response } = await connectif.POST('/purchases/', { body: purchaseBody() })
    expect(response.status).toBe(400)
    expect(error).toEqual({
      status: 400,
      title: 'Bad Request',
      detail: 'Purchase ORD-1 already exists.',
    })
  })

  it('answers 400 for a purchase id that is not a Connectif id, 404 for an unknown one', async () => {
    const connectif = target().connectif()
    expect(
      (await connectif.GET('/purchases/{id}', { params: { path: { id: 'not-an-id' } } })).error,
    ).toEqual({
      status: 400,
      title: 'Bad Request',
      detail: 'Invalid purchase id.',
    })
    expect(
      (
        await connectif.GET('/purchases/{id}', {
          params: { path: { id: '5cf8c05f5b4cb901091f7d98' } },
        })
      ).error,
    ).toEqual({
      status: 404,
      title: 'Not Found',
      detail: 'Purchase not found.',
    })
  })

  it('answers 422 naming a missing required purchase field', async () => {
    const connectif = target().connectif()
    const body = purchaseBody() as Record<string, unknown>
    delete body.totalPrice
    // biome-ignore lint/suspicious/noExplicitAny: deliberately sending what the type forbids
    const { error, response } = await connectif.POST('/purchases/', { body: body as any })
    expect(response.status).toBe(422)
    expect(error).toMatchObject({
      validationErrors: expect.arrayContaining([
        { name: 'totalPrice', path: '/totalPrice', reason: 'is required' },
      ]),
    })
  })
})
