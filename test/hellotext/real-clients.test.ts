/**
 * What Hellotext's own public clients send, run against the sandbox as they send it: the
 * WooCommerce plugin (integer references, decimal-string prices and refund amounts), the examples
 * of hellotext.js's docs, and the official browser SDK's initialisation.
 */
import { describe, expect, it } from 'vitest'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'
import { hellotextErrors, hellotextHelpers, SESSION } from './support.ts'

/** WooCommerce's ProductAdapter: the post id as a JSON integer, prices as decimal strings. */
const wooProduct = (id: number) => ({
  reference: id,
  source: 'woo',
  name: 'Trail running shoes',
  categories: ['Running'],
  price: { amount: '89.90', currency: 'USD', converted_amount: '89.90', converted_currency: 'USD' },
  tags: ['trail'],
  url: `https://shop.example.com/?p=${id}`,
})

describe.each(targets)('Hellotext from real clients, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const h = hellotextHelpers(target)
  const trackFromWoo = async (action: string, body: Record<string, unknown>) => {
    await h.browse()
    const response = await h.call(
      'POST',
      '/v1/track/events',
      { action, session: SESSION, ...body },
      {},
      h.businessId(),
    )
    expect(response.status).toBe(200)
  }

  it("creates a profile with the WooCommerce plugin's integer reference, kept as text", async () => {
    const response = await h.call('POST', '/v1/profiles', {
      reference: 42,
      first_name: 'lucia',
      email: 'lucia@example.com',
      phone: '+59899000001',
      lists: ['WooCommerce'],
    })
    expect(response.status).toBe(201)
    const profile = await response.json()
    expect(profile.reference).toBe('42')
    const updated = await h.call('PATCH', `/v1/profiles/${profile.id}`, { reference: 43 })
    expect(updated.status).toBe(200)
    expect((await updated.json()).reference).toBe('43')
  })

  it('accepts integer references on products, orders and coupons, and finds them by their text', async () => {
    const product = await h.call('POST', '/v1/attribution/products', {
      name: 'Socks',
      reference: 7,
      price: { amount: '4.50', currency: 'USD' },
    })
    expect(product.status).toBe(201)
    expect(await product.json()).toMatchObject({ reference: '7', price: { amount: 4.5 } })
    expect((await h.call('GET', '/v1/attribution/products/7')).status).toBe(200)
    const order = await h.call('POST', '/v1/attribution/orders', {
      reference: 1001,
      source: 'woo',
      delivery: 'deliver',
      items: [{ product: '7', quantity: 2, price: { amount: '4.50', currency: 'USD' } }],
    })
    expect(order.status).toBe(201)
    expect(await order.json()).toMatchObject({ reference: '1001', total: { amount: 9 } })
    const coupon = await h.call('POST', '/v1/coupons', {
      code: 'WELCOME',
      reference: 5,
    })
    expect(coupon.status).toBe(201)
    expect((await coupon.json()).reference).toBe('5')
  })

  it('stores inline products as the Product schema describes them, so reads and keys agree', async () => {
    await trackFromWoo('product.viewed', { object_parameters: wooProduct(101) })
    const products = await (await h.call('GET', '/v1/attribution/products')).json()
    expect(products).toEqual([
      expect.objectContaining({
        reference: '101',
        price: { amount: 89.9, currency: 'USD', converted_amount: 89.9, converted_currency: 'USD' },
      }),
    ])
    expect((await h.call('GET', '/v1/attribution/products/101')).status).toBe(200)
    // The same product again is found, not created twice; another source may reuse the reference.
    await trackFromWoo('product.viewed', { object_parameters: wooProduct(101) })
    expect(await (await h.call('GET', '/v1/attribution/products')).json()).toHaveLength(1)
    const taken = await h.call('POST', '/v1/attribution/products', {
      name: 'Copy',
      reference: '101',
      source: 'woo',
    })
    expect(taken.status).toBe(422)
    const events: Array<{ action: string; amount: unknown }> = await (
      await h.call('GET', '/v1/attribution/events')
    ).json()
    const views = events.filter((event) => event.action === 'product.viewed')
    expect(views.map((event) => event.amount)).toEqual([89.9, 89.9])
  })

  it("normalises an inline order's reference and its items' products and prices", async () => {
    await trackFromWoo('order.placed', {
      object_parameters: {
        source: 'woo',
        delivery: 'deliver',
        reference: 555,
        items: [{ product: wooProduct(101), quantity: 2 }],
        total: { amount: '179.80', currency: 'USD' },
      },
    })
    const [order] = await (await h.call('GET', '/v1/attribution/orders')).json()
    expect(order).toMatchObject({ reference: '555', total: { amount: 179.8, currency: 'USD' } })
    const [event] = await (await h.call('GET', '/v1/attribution/events')).json()
    expect(event).toMatchObject({ object_type: 'order', amount: 179.8, currency: 'USD' })
  })

  it('records the refund amount of refund.received, not the order total, when amounts are strings', async () => {
    await trackFromWoo('refund.received', {
      object_parameters: {
        reference: 77,
        source: 'woo',
        amount: '12.50',
        currency: 'USD',
        total: {
          amount: '89.90',
          currency: 'USD',
          converted_amount: '89.90',
          converted_currency: 'USD',
        },
      },
    })
    const [event] = await (await h.call('GET', '/v1/attribution/events')).json()
    expect(event).toMatchObject({ action: 'refund.received', amount: 12.5, currency: 'USD' })
  })

  it('answers a decimal that is not a number with a 422 naming it, and stores nothing', async () => {
    await h.browse()
    const response = await h.call(
      'POST',
      '/v1/track/events',
      {
        action: 'product.viewed',
        session: SESSION,
        object_parameters: { ...wooProduct(9), price: { amount: 'twelve', currency: 'USD' } },
      },
      {},
      h.businessId(),
    )
    expect(response.status).toBe(422)
    expect((await response.json()).errors[0]).toMatchObject({
      type: 'invalid',
      parameter: 'price.amount',
    })
    expect(await (await h.call('GET', '/v1/attribution/products')).json()).toEqual([])
  })

  describe("the examples of hellotext.js's docs pass as documented", () => {
    const sdkTrack = async (action: string, params: Record<string, unknown>) => {
      await h.browse()
      return h.call(
        'POST',
        '/v1/track/events',
        { session: SESSION, action, ...params },
        {},
        h.businessId(),
      )
    }

    it("track('page.viewed', { url: 'www.example.org' }): a URL without a scheme", async () => {
      const response = await sdkTrack('page.viewed', { url: 'www.example.org' })
      expect(response.status).toBe(200)
      const [event] = await h.events()
      expect(event).toMatchObject({ action: 'page.viewed', url: 'www.example.org' })
      // The private API takes the same parameter the same way.
      const profile = await h.createProfile()
      const tracked = await h.track(
        { action: 'page.viewed', profile: profile.id, url: 'www.example.org' },
        { 'X-Sandbox-Hellotext-Generation': 'current' },
      )
      expect(tracked.status).toBe(200)
    })

    it("object_type 'product' names the built-in structure, as events report it", async () => {
      const product = await h.createProduct()
      const byId = await sdkTrack('product.viewed', { object_type: 'product', object: product.id })
      expect(byId.status).toBe(200)
      const inline = await sdkTrack('product.viewed', {
        object_type: 'product',
        object_parameters: { name: 'Socks', reference: 'SOCK-1' },
      })
      expect(inline.status).toBe(200)
      const views = (await h.events()).filter((e) => e.action === 'product.viewed')
      expect(views.map((e) => e.object_type)).toEqual(['product', 'product'])
      // Another structure's name on a built-in action is ignored, with a journal warning.
      const other = await sdkTrack('product.viewed', { object_type: 'order', object: product.id })
      expect(other.status).toBe(200)
      const [entry] = target().sandbox.journal.list({ operationId: 'trackBrowserEvent', limit: 1 })
      expect(entry?.warnings).toEqual([
        'object_type order is not the object type of product.viewed (product); ignored',
      ])
      // A custom action names the built-in structure the same way.
      const created = await h.call('POST', '/v1/actions', { name: 'product.wishlisted' })
      expect(created.status).toBe(201)
      const custom = await sdkTrack('product.wishlisted', {
        object_type: 'product',
        object: product.id,
      })
      expect(custom.status).toBe(200)
      const [wished] = await h.events()
      expect(wished).toMatchObject({
        action: 'product.wishlisted',
        object: product.id,
        object_type: 'product',
      })
    })

    it("app.installed with name: null answers the docs' parameter_invalid_empty on name", async () => {
      const response = await sdkTrack('app.installed', { object_parameters: { name: null } })
      expect([response.status, await response.json()]).toEqual([
        422,
        hellotextErrors(
          'parameter_invalid_empty',
          'This required parameter has an empty value. Provide a valid value for the parameter.',
          'name',
        ),
      ])
    })
  })

  describe('the official browser SDK', () => {
    const WEBCHAT = 'Wc6yB1nM'
    const publicCall = (path: string, init: RequestInit = {}) =>
      target().fetchHellotext(path, {
        ...init,
        headers: { Authorization: `Bearer ${h.businessId()}`, ...init.headers },
      })
    const createWebchat = () =>
      h.admin('/webchats', { method: 'POST', body: JSON.stringify({ id: WEBCHAT }) })

    it("gets business metadata whose webchat.whatsapp passes hellotext.js's setter (a plain object)", async () => {
      await createWebchat()
      const business = await (await publicCall(`/v1/public/businesses/${h.businessId()}`)).json()
      const { whatsapp } = business.webchat
      // hellotext.js: `if (!isPlainObject(value)) throw new Error('WhatsApp must be an object')`,
      // then only `number` (a string) and `restrictToChannel` (a boolean) are allowed.
      expect(Object.prototype.toString.call(whatsapp)).toBe('[object Object]')
      for (const [key, value] of Object.entries(whatsapp)) {
        expect(['number', 'restrictToChannel']).toContain(key)
        if (value != null) expect(typeof value).toBe(key === 'number' ? 'string' : 'boolean')
      }
    })

    it('mounts the webchat: its <article> with the ids the SDK reads, 404 for another id', async () => {
      await createWebchat()
      const page = await publicCall(
        `/v1/public/webchats/${WEBCHAT}?session=${SESSION}&placement=bottom-left&style%5Bcolor%5D=red`,
      )
      expect(page.status).toBe(200)
      expect(page.headers.get('content-type')).toMatch(/^text\/html/)
      const html = await page.text()
      expect(html).toMatch(
        /^<article id="hellotext--webchat--Wc6yB1nM" data-controller="hellotext--webchat"/,
      )
      for (const name of ['trigger', 'popover', 'messagesContainer', 'messageTemplate', 'input'])
        expect(html).toContain(`data-hellotext--webchat-target="${name}"`)
      const other = await publicCall(`/v1/public/webchats/Zz9yB1nM?session=${SESSION}`)
      expect([other.status, await other.json()]).toEqual([
        404,
        hellotextErrors('not_found', 'The resource was not found.', 'id'),
      ])
    })

    it("takes the visitor's multipart messages with attachments, pages them and marks them seen", async () => {
      await createWebchat()
      const send = (fields: Array<[string, string | Blob, string?]>) => {
        const form = new FormData()
        for (const [name, value, filename] of fields)
          typeof value === 'string' ? form.append(name, value) : form.append(name, value, filename)
        return publicCall(`/v1/public/webchats/${WEBCHAT}/messages`, { method: 'POST', body: form })
      }
      const first = await send([
        ['message[body]', 'Do you ship to Montevideo?'],
        ['message[attachments][]', new Blob(['GIF89a'], { type: 'image/gif' }), 'a.gif'],
        ['message[attachments][]', new Blob(['%PDF'], { type: 'application/pdf' }), 'b.pdf'],
        ['session', SESSION],
        ['locale', 'es'],
      ])
      expect(first.status).toBe(201)
      const created = await first.json()
      expect(created).toEqual({
        id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
        conversation: expect.any(String),
      })
      const second = await send([
        ['message[body]', 'Thanks!'],
        ['session', SESSION],
      ])
      expect((await second.json()).conversation).toBe(created.conversation)
      const empty = await send([
        ['session', SESSION],
        ['locale', 'es'],
      ])
      expect(empty.status).toBe(422)

      const listed = await publicCall(
        `/v1/public/webchats/${WEBCHAT}/messages?session=${SESSION}&page=1`,
      )
      expect(await listed.json()).toEqual({
        next: null,
        messages: [
          expect.objectContaining({ body: 'Thanks!', attachments: [], state: 'received' }),
          expect.objectContaining({
            id: created.id,
            body: 'Do you ship to Montevideo?',
            attachments: [
              `data:image/gif;base64,${btoa('GIF89a')}`,
              `data:application/pdf;base64,${btoa('%PDF')}`,
            ],
            state: 'received',
          }),
        ],
      })
      const seen = await publicCall(`/v1/public/webchats/${WEBCHAT}/messages/seen`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ session: SESSION, message: null }),
      })
      expect(seen.status).toBe(204)
      // The conversation shows in the webchat's markup the next time it mounts.
      const html = await (
        await publicCall(`/v1/public/webchats/${WEBCHAT}?session=${SESSION}`)
      ).text()
      expect(html).toContain(
        `data-hellotext--webchat-conversation-id-value="${created.conversation}"`,
      )
      expect(html).toContain('Do you ship to Montevideo?')
    })

    it('serves the WhatsApp widget at the path the SDK calls, with the page overrides', async () => {
      await createWebchat()
      const query = new URLSearchParams({
        locale: 'en',
        placement: 'top-left',
        'whatsapp[number]': '+59899000001',
        'whatsapp[body]': 'Hola',
        'whatsapp[appearance][launcher][icon_url]': 'https://shop.example.com/wa.png',
      })
      const response = await publicCall(`/v1/public/widgets/whatsapp/${WEBCHAT}?${query}`)
      expect(response.status).toBe(200)
      const widget = await response.json()
      expect(widget).toMatchObject({ locale: 'en', business: { id: h.businessId() } })
      expect(widget.html).toMatch(/^<article id="hellotext--whatsapp--Wc6yB1nM"/)
      expect(widget.html).toContain('href="https://wa.me/59899000001?text=Hola"')
      expect(widget.html).toContain('src="https://shop.example.com/wa.png"')
      expect((await publicCall('/v1/public/widgets/whatsapp/Zz9yB1nM')).status).toBe(404)
    })
  })
})
