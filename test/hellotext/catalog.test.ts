import { describe, expect, it } from 'vitest'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'
import { hellotextErrors, hellotextHelpers } from './support.ts'

const SHOES = {
  name: 'Trail running shoes',
  reference: 'SKU-1042',
  sku: 'TRS-42',
  source: 'custom_store',
  price: { amount: 89.9, currency: 'USD' },
}

describe.each(targets)('Hellotext products, orders, carts and coupons, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const h = hellotextHelpers(target)
  const notFound = hellotextErrors('not_found', 'The resource was not found.', 'id')

  it('creates a product with its variants, the default variant first, and finds it by id, reference or SKU', async () => {
    const hellotext = target().hellotext()
    const created = await hellotext.POST('/v1/attribution/products', {
      body: {
        ...SHOES,
        variants: [
          { name: 'Black / 42', sku: 'TRS-42-BLK', price: { amount: 89.9, currency: 'USD' } },
        ],
      },
    })
    expect(created.response.status).toBe(201)
    expect(created.data).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
      ...SHOES,
      categories: [],
      collection: [],
      tags: [],
      metadata: {},
      variants: [
        {
          id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
          name: 'Trail running shoes',
          reference: 'SKU-1042',
          sku: 'TRS-42',
          price: SHOES.price,
        },
        {
          id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
          name: 'Black / 42',
          sku: 'TRS-42-BLK',
          price: SHOES.price,
        },
      ],
    })
    for (const key of [created.data?.id as string, 'SKU-1042', 'TRS-42']) {
      const read = await hellotext.GET('/v1/attribution/products/{id}', {
        params: { path: { id: key } },
      })
      expect(read.data?.id).toBe(created.data?.id)
    }
    const missing = await h.call('GET', '/v1/attribution/products/SKU-9999')
    expect([missing.status, await missing.json()]).toEqual([404, notFound])
  })

  it('answers 422 to a product without a name or with a (source, reference) already used', async () => {
    await h.createProduct(SHOES)
    const unnamed = await h.call('POST', '/v1/attribution/products', { reference: 'X' })
    expect([unnamed.status, await unnamed.json()]).toEqual([
      422,
      hellotextErrors('parameter_missing', 'This parameter is required.', 'name'),
    ])
    const taken = await h.call('POST', '/v1/attribution/products', { ...SHOES, name: 'Other' })
    expect([taken.status, await taken.json()]).toEqual([
      422,
      hellotextErrors(
        'parameter_not_unique',
        'Another product of this source already uses this reference.',
        'reference',
      ),
    ])
    // The same reference in another source is another product.
    expect(
      (await h.call('POST', '/v1/attribution/products', { ...SHOES, source: 'woo' })).status,
    ).toBe(201)
  })

  it('keeps variants when an update leaves them out, deletes them all on variants: [], and deletes the product', async () => {
    const product = await h.createProduct(SHOES)
    const hellotext = target().hellotext()
    const variant = await hellotext.POST('/v1/attribution/products/{product_id}/variants', {
      params: { path: { product_id: product.id } },
      body: { name: 'Black / 43', sku: 'TRS-43-BLK' },
    })
    expect(variant.response.status).toBe(201)
    const path = { params: { path: { id: product.id } } }
    const repriced = await hellotext.PATCH('/v1/attribution/products/{id}', {
      ...path,
      body: { price: { amount: 79.9, currency: 'USD' } },
    })
    expect(repriced.data?.variants?.map((v) => [v.name, v.price?.amount])).toEqual([
      ['Trail running shoes', 79.9],
      ['Black / 43', undefined],
    ])
    const variantPath = { params: { path: { id: variant.data?.id as string } } }
    expect((await hellotext.GET('/v1/attribution/variants/{id}', variantPath)).data?.sku).toBe(
      'TRS-43-BLK',
    )
    const defaultVariant = repriced.data?.variants?.[0]?.id as string
    const locked = await h.call('PATCH', `/v1/attribution/variants/${defaultVariant}`, {
      name: 'X',
    })
    expect(locked.status).toBe(422)
    const dropped = await hellotext.PATCH('/v1/attribution/products/{id}', {
      ...path,
      body: { variants: [] },
    })
    expect(dropped.data?.variants).toEqual([])
    expect(
      (await hellotext.GET('/v1/attribution/variants/{id}', variantPath)).response.status,
    ).toBe(404)
    const deleted = await hellotext.DELETE('/v1/attribution/products/{id}', path)
    expect([deleted.response.status, deleted.data?.id]).toEqual([200, product.id])
    expect((await hellotext.GET('/v1/attribution/products/{id}', path)).response.status).toBe(404)
    const unknownParent = await h.call('POST', '/v1/attribution/products/Zz9Zz9Zz/variants', {
      name: 'X',
    })
    expect([unknownParent.status, await unknownParent.json()]).toEqual([
      404,
      hellotextErrors('not_found', 'The resource was not found.', 'product_id'),
    ])
  })

  it('creates an order whose total is computed from its items (201) and follows item changes', async () => {
    const shoes = await h.createProduct(SHOES)
    const hellotext = target().hellotext()
    const created = await hellotext.POST('/v1/attribution/orders', {
      body: {
        reference: '1042',
        source: 'custom_store',
        name: '#1042',
        delivery: 'deliver',
        metadata: { coupon: 'AUTUMN10' },
        items: [
          { product: shoes.id, quantity: 1 },
          {
            product: {
              name: 'Running socks',
              reference: 'SKU-2001',
              source: 'custom_store',
              price: { amount: 9.9, currency: 'USD' },
            },
            quantity: 2,
            price: { amount: 8.5, currency: 'USD' },
          },
        ],
      },
    })
    expect(created.response.status).toBe(201)
    expect(created.data).toMatchObject({
      reference: '1042',
      delivery: 'deliver',
      total: { amount: 106.9, currency: 'USD' },
    })
    const [shoesItem, socksItem] = created.data?.items ?? []
    expect(shoesItem).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
      product: shoes.id,
      quantity: 1,
      price: SHOES.price,
    })
    const socks = await hellotext.GET('/v1/attribution/products/{id}', {
      params: { path: { id: 'SKU-2001' } },
    })
    expect(socksItem?.product).toBe(socks.data?.id)
    const orderPath = { params: { path: { id: created.data?.id as string } } }
    await hellotext.PATCH('/v1/attribution/order_items/{id}', {
      params: { path: { id: socksItem?.id as string } },
      body: { quantity: 3 },
    })
    expect((await hellotext.GET('/v1/attribution/orders/{id}', orderPath)).data?.total).toEqual({
      amount: 115.4,
      currency: 'USD',
    })
    const added = await hellotext.POST('/v1/attribution/orders/{id}/items', {
      ...orderPath,
      body: { product: 'SKU-2001', quantity: 1 },
    })
    expect(added.data).toMatchObject({
      product: socks.data?.id,
      quantity: 1,
      price: { amount: 9.9 },
    })
    await hellotext.DELETE('/v1/attribution/order_items/{id}', {
      params: { path: { id: shoesItem?.id as string } },
    })
    const order = await hellotext.GET('/v1/attribution/orders/{id}', orderPath)
    expect(order.data?.items?.map((i) => i.quantity)).toEqual([3, 1])
    expect(order.data?.total).toEqual({ amount: 35.4, currency: 'USD' })
    const patched = await hellotext.PATCH('/v1/attribution/orders/{id}', {
      ...orderPath,
      body: { payment_method: 'bank_transfer' },
    })
    expect(patched.data?.payment_method).toBe('bank_transfer')
    expect((await hellotext.GET('/v1/attribution/orders')).data?.map((o) => o.id)).toEqual([
      created.data?.id,
    ])
    // Creating or changing an order tracks nothing.
    expect(await h.events()).toEqual([])
  })

  it('answers 422 to a custom_store order without delivery or a taken reference, 404 to unknown ids', async () => {
    const noDelivery = await h.call('POST', '/v1/attribution/orders', {
      reference: '1',
      source: 'custom_store',
    })
    expect([noDelivery.status, await noDelivery.json()]).toEqual([
      422,
      hellotextErrors('parameter_missing', 'This parameter is required.', 'delivery'),
    ])
    await h.call('POST', '/v1/attribution/orders', { reference: '1', source: 'woo', total: 12 })
    const taken = await h.call('POST', '/v1/attribution/orders', { reference: '1', source: 'woo' })
    expect([taken.status, await taken.json()]).toEqual([
      422,
      hellotextErrors(
        'parameter_not_unique',
        'Another order of this source already uses this reference.',
        'reference',
      ),
    ])
    const unknownProduct = await h.call('POST', '/v1/attribution/orders', {
      source: 'woo',
      items: [{ product: 'SKU-404', quantity: 1 }],
    })
    expect([unknownProduct.status, await unknownProduct.json()]).toEqual([
      404,
      hellotextErrors('not_found', 'The resource was not found.', 'items[0].product'),
    ])
    // A failing order leaves nothing behind: not the inline product of an earlier item either.
    const halfway = await h.call('POST', '/v1/attribution/orders', {
      source: 'woo',
      items: [
        { product: { name: 'Stray socks', reference: 'SOCKS-1' }, quantity: 1 },
        { product: 'SKU-404', quantity: 1 },
      ],
    })
    expect(halfway.status).toBe(404)
    const socks = await h.call('GET', '/v1/attribution/products/SOCKS-1')
    expect(socks.status).toBe(404)
    for (const path of [
      '/v1/attribution/orders/Zz9Zz9Zz',
      '/v1/attribution/order_items/Zz9Zz9Zz',
    ]) {
      const response = await h.call('GET', path)
      expect([response.status, await response.json()]).toEqual([404, notFound])
    }
  })

  it('creates a coupon (201), keeps codes unique and case-sensitive, wants a public destination_url', async () => {
    const hellotext = target().hellotext()
    const created = await hellotext.POST('/v1/coupons', {
      body: {
        code: 'AUTUMN10',
        description: '10% off the autumn collection',
        destination_url: 'https://shop.example.com/collections/autumn',
        reference: 'promo-2026-autumn',
      },
    })
    expect(created.response.status).toBe(201)
    expect(created.data).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
      code: 'AUTUMN10',
      description: '10% off the autumn collection',
      destination_url: 'https://shop.example.com/collections/autumn',
      reference: 'promo-2026-autumn',
    })
    const duplicate = await hellotext.POST('/v1/coupons', { body: { code: 'AUTUMN10' } })
    expect([duplicate.response.status, duplicate.error]).toEqual([
      422,
      hellotextErrors(
        'parameter_not_unique',
        'This value is already used by another coupon.',
        'code',
      ),
    ])
    expect(
      (await hellotext.POST('/v1/coupons', { body: { code: 'autumn10' } })).response.status,
    ).toBe(201)
    const local = await hellotext.POST('/v1/coupons', {
      body: { code: 'LOCAL', destination_url: 'http://localhost:3000/sale' },
    })
    expect([local.response.status, local.error]).toEqual([
      422,
      hellotextErrors('invalid', 'The destination URL must be public.', 'destination_url'),
    ])
    const path = { params: { path: { id: created.data?.id as string } } }
    const updated = await hellotext.PATCH('/v1/coupons/{id}', {
      ...path,
      body: { destination_url: 'https://shop.example.com/sale' },
    })
    expect(updated.data).toMatchObject({
      code: 'AUTUMN10',
      destination_url: 'https://shop.example.com/sale',
    })
    const unknown = await h.call('PATCH', '/v1/coupons/Zz9Zz9Zz', { code: 'X' })
    expect([unknown.status, await unknown.json()]).toEqual([404, notFound])
  })

  it('redeems a coupon by code through coupon.redeemed, creating it when it is new', async () => {
    const profile = await h.createProfile()
    const current = { 'X-Sandbox-Hellotext-Generation': 'current' }
    const redeemed = await h.track(
      {
        action: 'coupon.redeemed',
        profile: profile.id,
        object_parameters: { code: 'WELCOME5', type: 'coupon' },
      },
      current,
    )
    expect(redeemed.status).toBe(200)
    const again = await target()
      .hellotext()
      .POST('/v1/coupons', { body: { code: 'WELCOME5' } })
    expect(again.response.status).toBe(422)
    const [event] = await h.events()
    expect(event).toMatchObject({ action: 'coupon.redeemed', object_type: 'coupon' })
  })
})
