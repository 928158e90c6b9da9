/**
 * `serve --data`: a server stopped and started again on the same file answers every read as it
 * did before, for every service and the admin API. A scenario writes through each service and
 * each admin control; every list and get is read before the stop and after the start, and the
 * two sets of answers must be identical (rate-limit windows are counters, not state: only
 * bodies and statuses are compared).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../mocks/server/start-server.ts'
import { heldState } from '../support/saved-state-check.ts'
import { type Answer, call, serveData, tempDir } from './support.ts'

const T0 = '2026-03-02T09:00:00.000Z'

interface Ids {
  shopB: string
  profile: string
  session: string
  importId: string
  productId: string
}

/** Writes through every service and every admin control. */
async function writeEverything(server: RunningServer): Promise<Ids> {
  const { url } = server
  const admin = (method: string, path: string, body?: unknown) =>
    call(`${url}/__admin${path}`, method, {}, body)
  const keys = server.sandbox.defaultAccount.keys
  const connectif = (method: string, path: string, body?: unknown) =>
    call(`${url}/connectif${path}`, method, { authorization: `apiKey ${keys.connectif}` }, body)
  const hellotext = (method: string, path: string, body?: unknown) =>
    call(`${url}/hellotext${path}`, method, { authorization: `Bearer ${keys.hellotext}` }, body)
  const ok = (answer: Answer) => {
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300)
    return answer.body as Record<string, unknown>
  }

  ok(await admin('POST', '/clock', { freeze: T0 }))
  ok(await admin('POST', '/clock', { advance: '90s' }))
  const shopB = ok(
    await admin('POST', '/accounts', {
      name: 'shop-b',
      rateLimits: { connectif: 500 },
      settings: { hellotext: { generation: 'current' } },
    }),
  )
  ok(await admin('PATCH', '/retention', { trackedEvents: 500, deliveries: 50 }))
  ok(
    await admin('POST', '/faults', {
      service: 'hellotext',
      operationId: 'createCoupon',
      status: 503,
    }),
  )

  ok(await connectif('POST', '/contact-fields/', { id: 'tier', name: 'Tier', type: 'text' }))
  ok(await connectif('PATCH', '/contacts/email/ana%40example.com', { _name: 'Ana', tier: 'gold' }))
  ok(await connectif('PATCH', '/contacts/email/bea%40example.com', { _name: 'Bea' }))
  const product = ok(
    await connectif('PATCH', '/products/product-id/KB-1', {
      name: 'Mechanical keyboard',
      unitPrice: 89.9,
      productDetailUrl: 'https://shop.example.com/p/kb-1',
      categories: ['Pc/Keyboards/Special'],
    }),
  )
  ok(
    await connectif('POST', '/purchases/', {
      purchaseId: 'ORD-1',
      purchaseDate: '2026-03-01T10:00:00.000Z',
      contactEmail: 'ana@example.com',
      totalPrice: 89.9,
      totalQuantity: 1,
      products: [
        {
          productId: 'KB-1',
          name: 'Mechanical keyboard',
          quantity: 1,
          price: 89.9,
          unitPrice: 89.9,
          productDetailUrl: 'https://shop.example.com/p/kb-1',
        },
      ],
    }),
  )
  const form = new FormData()
  form.set('type', 'contacts')
  form.set('delimiter', ',')
  form.set('overrideExisting', 'true')
  form.set('updateOnlyEmptyFields', 'false')
  form.set('file', new File(['_email,_name\ncid@example.com,Cid\n'], 'i.csv'))
  const created = await fetch(`${url}/connectif/imports/`, {
    method: 'POST',
    headers: { authorization: `apiKey ${keys.connectif}` },
    body: form,
  })
  expect(created.status).toBe(201)
  const importJob = (await created.json()) as { id: string }
  ok(await admin('POST', '/clock', { advance: '5s' }))

  const profile = ok(
    await hellotext('POST', '/v1/profiles', { first_name: 'Lucía', email: 'lucia@example.com' }),
  )
  const htProduct = ok(
    await hellotext('POST', '/v1/attribution/products', { name: 'Shoe', reference: 'TRS-42' }),
  )
  ok(
    await hellotext('POST', '/v1/attribution/events', {
      action: 'product.purchased',
      product: htProduct.id,
      profile: profile.id,
    }),
  )
  const session = ok(await admin('POST', '/hellotext/sessions', {}))

  ok(await admin('POST', '/reskyt/devices', { token: '5d41402abc4b2a76b9719d911017c592' }))
  ok(
    await call(
      `${url}/reskyt/api/v2/push`,
      'POST',
      { 'x-api-key': keys.reskyt as string },
      {
        title: 'Your cart',
        tokens: ['5d41402abc4b2a76b9719d911017c592'],
        url: 'https://shop.example.com/cart',
        dateEnd: '1767225600',
      },
    ),
  )
  ok(
    await admin('POST', '/jivochat/send', {
      event: 'chat_accepted',
      to: `${url}/jivochat/crm`,
      overrides: { 'visitor.email': 'eva@example.com' },
      seed: 7,
    }),
  )
  return {
    shopB: shopB.id as string,
    profile: profile.id as string,
    session: session.id as string,
    importId: importJob.id,
    productId: product.id as string,
  }
}

/** Every list and get the scenario's records have, each as status and body. */
async function readEverything(server: RunningServer, ids: Ids): Promise<Record<string, Answer>> {
  const { url } = server
  const keys = server.sandbox.defaultAccount.keys
  const reads: Array<[string, string, Record<string, string>]> = [
    ...[
      '/accounts',
      `/accounts/${ids.shopB}/settings`,
      `/accounts/${server.sandbox.defaultAccount.account.id}/settings`,
      '/clock',
      '/retention',
      '/faults',
      '/reskyt/outbox',
      '/reskyt/devices',
      '/jivochat/deliveries',
      '/jivochat/crm/settings',
      ...['leads', 'contacts', 'tasks', 'transcripts', 'calls', 'users'].map(
        (kind) => `/jivochat/crm/${kind}`,
      ),
      '/hellotext/events',
      '/hellotext/sessions',
      `/hellotext/profiles/${ids.profile}/events`,
      `/hellotext/sessions/${ids.session}/events`,
      '/hellotext/identifications',
      '/hellotext/submissions',
      '/connectif/outbound/deliveries',
      '/connectif/segments',
      '/connectif/activities',
      '/connectif/notifications',
      '/connectif/web-push',
    ].map((path): [string, string, Record<string, string>] => [`/__admin${path}`, path, {}]),
    ...[
      '/contacts/email/ana%40example.com',
      '/contacts/email/cid%40example.com',
      '/contact-fields/',
      '/products/product-id/KB-1',
      `/products/${ids.productId}`,
      '/purchases/purchase-id/ORD-1',
      '/contacts/email/bea%40example.com',
      '/imports/',
      `/imports/${ids.importId}`,
      '/coupon-sets/',
    ].map((path): [string, string, Record<string, string>] => [
      `/connectif${path}`,
      path,
      { authorization: `apiKey ${keys.connectif}` },
    ]),
    ...[
      '/v1/profiles',
      `/v1/profiles/${ids.profile}`,
      '/v1/attribution/products',
      '/v1/attribution/events',
    ].map((path): [string, string, Record<string, string>] => [
      `/hellotext${path}`,
      path,
      { authorization: `Bearer ${keys.hellotext}` },
    ]),
  ]
  const answers: Record<string, Answer> = {}
  for (const [path, , headers] of reads) answers[path] = await call(`${url}${path}`, 'GET', headers)
  // Admin calls are not journaled: read last, it shows the service reads above.
  answers['/__admin/requests'] = await call(`${url}/__admin/requests`, 'GET')
  return answers
}

describe('serve --data: a restart', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>
  beforeAll(async () => {
    dir = await tempDir()
  })
  afterAll(() => dir.remove())

  it('answers every list and get as before, for every service and the admin API', async () => {
    const file = `${dir.path}/restart.db`
    const first = await serveData(file)
    const ids = await writeEverything(first)
    // Reads of the journal change it: both passes end on the same journal.
    await readEverything(first, ids)
    const before = await readEverything(first, ids)
    const held = heldState(first.sandbox)
    await first.close()

    const second = await serveData(file)
    try {
      expect(second.data?.restored).toBe(true)
      const journalBefore = before['/__admin/requests']
      delete before['/__admin/requests']
      const journalAfter = await call(`${second.url}/__admin/requests`, 'GET')
      expect(journalAfter).toEqual(journalBefore)
      expect(heldState(second.sandbox)).toEqual(held)
      const after = await readEverything(second, ids)
      delete after['/__admin/requests']
      for (const [path, answer] of Object.entries(before)) {
        expect(answer.status, `${path} before the restart`).toBeLessThan(300)
        expect(after[path], path).toEqual(answer)
      }
    } finally {
      await second.close()
    }
  })

  it('keeps ids and keys going on where they stood: new records do not reuse old ids', async () => {
    const file = `${dir.path}/ids.db`
    const first = await serveData(file)
    const account = await call(`${first.url}/__admin/accounts`, 'POST', {}, { name: 'a' })
    await first.close()
    const second = await serveData(file)
    try {
      const next = await call(`${second.url}/__admin/accounts`, 'POST', {}, { name: 'b' })
      const id = (answer: Answer) => (answer.body as { id: string }).id
      expect(id(next)).not.toBe(id(account))
      expect(second.sandbox.accounts.list().map(({ account }) => account.name)).toEqual([
        'default',
        'a',
        'b',
      ])
    } finally {
      await second.close()
    }
  })

  it('saves a reset whole: after a restart the sandbox is as fresh as after the reset', async () => {
    const file = `${dir.path}/reset.db`
    const first = await serveData(file)
    await call(`${first.url}/__admin/accounts`, 'POST', {}, { name: 'gone' })
    await call(`${first.url}/__admin/reset`, 'POST')
    const held = heldState(first.sandbox)
    await first.close()
    const second = await serveData(file)
    try {
      expect(heldState(second.sandbox)).toEqual(held)
      expect(second.sandbox.accounts.list()).toHaveLength(1)
    } finally {
      await second.close()
    }
  })
})
