/**
 * Seed 003 (Connectif × Reskyt) end to end in Chromium: a shop page in the Reskyt app loads the
 * emulated Connectif client script and runs the seed's inline script byte for byte; the token in
 * the `token_md5` cookie reaches the contact's `reskyt-token`, the outbound event of STEP 3 puts
 * exactly one push for it in Reskyt's outbox, and a second visit with the same token sends
 * nothing new. The browser's web push subscription travels with the notification, and a web push
 * the sandbox sends in Connectif's place is shown by the page's Service Worker.
 *
 * Two transports: in process (Chromium's requests routed to the sandbox's MSW handlers in this
 * process, the page on https://shop.example.com) and over HTTP (`serve`, the page on its own
 * 127.0.0.1 origin).
 */
import { setupServer } from 'msw/node'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shopServiceWorkerFile } from '../../mocks/browser/service-worker.ts'
import { createSandbox } from '../../mocks/create-sandbox.ts'
import { createHandlers } from '../../mocks/msw/create-handlers.ts'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'
import { RESKYT_PUSH_PATH } from '../../src/clients/reskyt.ts'
import { collectPageErrors, screenshot, useChromium } from './support/chromium.ts'
import { deliverPush, shownNotifications } from './support/deliver-push.ts'
import {
  FAKE_PUSH_ENDPOINT,
  fakePushService,
  loaderSnippet,
  shopPage,
} from './support/shop-page.ts'
import { html, javascript, type StaticSite, startStaticSite } from './support/static-site.ts'

/** The token the Reskyt app keeps in the `token_md5` cookie. */
const TOKEN = '5d41402abc4b2a76b9719d911017c592'
// What a page, its Service Worker and the sandbox do in turn can take seconds on a loaded 2-core
// machine; expect.poll's default of 1 s made the serve run flaky there.
const POLL = { timeout: 10_000 }

interface Transport {
  /** The shop's origin (secure: https via routing, or 127.0.0.1). */
  shop: string
  /** Where the CDN answers (`https://cdn.connectif.cloud`, or `<serve>/connectif`). */
  cdn: string
  connectif: string
  reskyt: string
  admin: string
  /** A browser context whose requests reach the sandbox and the shop. */
  newContext(): Promise<BrowserContext>
}

const browser = useChromium()

async function call(url: string, init: { method?: string; body?: unknown; key?: string } = {}) {
  const { method = init.body === undefined ? 'GET' : 'POST', body, key } = init
  const response = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(key ? { authorization: `apiKey ${key}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}

/** What the seed sets up in Connectif's UI and Reskyt's back office, through the APIs. */
async function setUp(t: Transport) {
  const { accounts } = (await call(`${t.admin}/accounts`)).body
  const account = accounts[0]
  const apiKey = account.keys.connectif[0] as string
  const reskytKey = account.keys.reskyt[0] as string
  // STEP 1: the custom field.
  const field = await call(`${t.connectif}/contact-fields/`, {
    key: apiKey,
    body: { id: 'reskyt-token', name: 'reskyt-token', type: 'text' },
  })
  expect(field.status).toBe(201)
  // STEP 3: the outbound event with the seed's fields.
  const integration = await call(`${t.connectif}/custom-integrations/`, {
    key: apiKey,
    body: { name: 'Reskyt' },
  })
  const eventType = await call(
    `${t.connectif}/custom-integrations/${integration.body.id}/custom-event-types/`,
    {
      key: apiKey,
      body: {
        name: 'Reskyt push',
        category: 'send',
        webhookUrl: `${t.reskyt}${RESKYT_PUSH_PATH}`,
        webhookHeaders: [{ name: 'x-api-key', value: reskytKey }],
        fields: [
          { id: 'dateEnd', name: 'dateEnd', type: 'text' },
          { id: 'pictureUrl', name: 'pictureUrl', type: 'text' },
          { id: 'title', name: 'title', type: 'text', required: true },
          {
            id: 'tokens',
            name: 'tokens',
            type: 'text',
            required: true,
            jsonPointerPath: '/tokens/0',
          },
          { id: 'url', name: 'url', type: 'text' },
          { id: 'utmCampaign', name: 'utmCampaign', type: 'text' },
        ],
      },
    },
  )
  expect(eventType.status).toBe(201)
  expect((await call(`${t.admin}/reskyt/devices`, { body: { token: TOKEN } })).status).toBe(201)
  // The shop's own Service Worker file, registered with Connectif as the web push worker.
  const settings = await call(`${t.admin}/accounts/${account.id}/settings`, {
    method: 'PATCH',
    body: { connectif: { web: { serviceWorkerUrl: `${t.shop}/service-worker.js` } } },
  })
  expect(settings.status).toBe(200)
  return { apiKey, eventTypeId: eventType.body.id as string, web: settings.body.connectif.web }
}

function shopFiles(t: Transport, web: { env: string; webClientId: string }) {
  return {
    '/': html(shopPage(loaderSnippet(t.cdn, web.env, web.webClientId))),
    '/service-worker.js': javascript(shopServiceWorkerFile(`${t.cdn}/scripts/service-worker.js`)),
  }
}

async function openShop(t: Transport): Promise<{ context: BrowserContext; page: Page }> {
  const context = await t.newContext()
  await context.grantPermissions(['notifications'], { origin: t.shop })
  await context.addCookies([{ name: 'token_md5', value: TOKEN, url: `${t.shop}/` }])
  await context.addInitScript(fakePushService())
  const page = await context.newPage()
  return { context, page }
}

const tokenStored = (page: Page) =>
  page.waitForFunction(
    (token) => window.sessionStorage.getItem('cn_reskyt_token') === token,
    TOKEN,
    { timeout: 10_000 },
  )

async function notificationsWithToken(t: Transport): Promise<number> {
  const { requests } = (
    await call(`${t.admin}/requests?operationId=sendScrippetNotification&limit=1000`)
  ).body
  return requests.filter((r: { request: { body: unknown } }) =>
    String(r.request.body).includes('"reskyt-token"'),
  ).length
}

function seedFlow(
  name: string,
  transport: () => Transport,
  files: (f: Record<string, ReturnType<typeof html>>) => void,
) {
  it(`${name}: the cookie's token reaches the contact, one push for it lands in Reskyt's outbox, and a second visit sends nothing new`, async () => {
    const t = transport()
    const { apiKey, eventTypeId, web } = await setUp(t)
    files(shopFiles(t, web))
    const { context, page } = await openShop(t)
    const errors = collectPageErrors(page)
    await page.goto(`${t.shop}/`)
    await tokenStored(page)

    // The token's notification, then the page's own (page-visit, with the customer's email).
    const contact = () => call(`${t.connectif}/contacts/email/ana%40example.com`, { key: apiKey })
    await expect.poll(async () => (await contact()).status, POLL).toBe(200)
    expect((await contact()).body).toMatchObject({
      _email: 'ana@example.com',
      _name: 'Ana',
      'reskyt-token': TOKEN,
      _hasPushSubscriptions: true,
    })
    const tracker = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('cn_tracker') ?? '{}'),
    )
    expect(tracker.id).toMatch(/^[0-9a-f]{24}$/)
    const activities = (await call(`${t.admin}/connectif/activities?email=ana%40example.com`)).body
      .activities as Array<{ type: string }>
    expect(activities.map((a) => a.type)).toEqual(
      expect.arrayContaining([
        'entity-created',
        'push-notification-subscribed',
        'entity-identified',
        'product-visited',
        'web-page-visited',
      ]),
    )

    // STEP 3–4: the workflow node fires the outbound event for the contact.
    const sent = await call(`${t.admin}/connectif/outbound/${eventTypeId}/send`, {
      body: {
        contact: { email: 'ana@example.com' },
        values: {
          title: 'Your cart is waiting',
          url: 'https://shop.example.com/cart',
          dateEnd: '1790805599',
          tokens: { contactField: 'reskyt-token' },
        },
      },
    })
    expect(sent.body).toMatchObject({
      status: 'delivered',
      request: { body: { title: 'Your cart is waiting', tokens: [TOKEN], dateEnd: '1790805599' } },
    })
    const outbox = async () => (await call(`${t.admin}/reskyt/outbox?token=${TOKEN}`)).body.pushes
    expect(await outbox()).toHaveLength(1)

    // A web push in Connectif's place: recorded for the browser's subscription, then shown.
    const push = await call(`${t.admin}/connectif/web-push`, {
      body: {
        contact: { email: 'ana@example.com' },
        title: 'Your cart is waiting',
        body: 'Trail running shoes',
        url: 'https://shop.example.com/cart',
      },
    })
    expect(push.status).toBe(201)
    expect(push.body.pushes).toEqual([expect.objectContaining({ endpoint: FAKE_PUSH_ENDPOINT })])
    await deliverPush(context, page, t.shop, push.body.pushes[0].payload)
    await expect
      .poll(() => shownNotifications(page), POLL)
      .toEqual([
        {
          title: 'Your cart is waiting',
          body: 'Trail running shoes',
          data: expect.objectContaining({
            notificationClick: {
              closeOnClick: true,
              actionTypeId: 'open-new-window',
              redirectUrl: 'https://shop.example.com/cart',
            },
          }),
        },
      ])
    // What the flow left in the page, for the screenshot.
    await page.evaluate(async () => {
      const shown = await (await navigator.serviceWorker.ready).getNotifications()
      const status = document.createElement('pre')
      status.textContent = [
        `cn_tracker: ${localStorage.getItem('cn_tracker')}`,
        `cn_reskyt_token: ${sessionStorage.getItem('cn_reskyt_token')}`,
        `notifications shown: ${shown.map((n) => `${n.title} — ${n.body}`).join('; ')}`,
      ].join('\n')
      document.body.append(status)
    })
    await screenshot(page, `seed-003-${name.replace(/\W+/g, '-')}`)

    // A second visit: the script's sessionStorage check sends no new token event.
    expect(await notificationsWithToken(t)).toBe(1)
    const before = (await call(`${t.admin}/connectif/notifications`)).body.notifications.length
    await page.reload()
    await expect
      .poll(
        async () => (await call(`${t.admin}/connectif/notifications`)).body.notifications.length,
        POLL,
      )
      .toBe(before + 1)
    expect(await notificationsWithToken(t)).toBe(1)
    expect(await outbox()).toHaveLength(1)
    expect(errors).toEqual([])
    await context.close()
  })
}

describe('in process: Chromium routed to the MSW handlers', () => {
  const sandbox = createSandbox()
  const server = setupServer(...createHandlers(sandbox))
  const shop = new Map<string, ReturnType<typeof html>>()
  beforeAll(() => server.listen({ onUnhandledFrame: 'bypass' }))
  afterAll(() => server.close())
  const transport = (): Transport => ({
    shop: 'https://shop.example.com',
    cdn: 'https://cdn.connectif.cloud',
    connectif: sandbox.baseUrls.connectif,
    reskyt: sandbox.baseUrls.reskyt,
    admin: `${sandbox.baseUrls.connectif}/__admin`,
    async newContext() {
      const context = await browser().newContext()
      await context.route('**/*', async (route) => {
        const request = route.request()
        const url = new URL(request.url())
        if (url.origin === 'https://shop.example.com') {
          const file = shop.get(url.pathname)
          return file
            ? route.fulfill({ status: 200, contentType: file.type, body: file.body as string })
            : route.fulfill({ status: 404, body: 'not found' })
        }
        // Everything else goes to the sandbox, through MSW in this process.
        const response = await fetch(url, {
          method: request.method(),
          headers: await request.allHeaders(),
          body: request.postDataBuffer() as BodyInit | null,
        })
        return route.fulfill({
          status: response.status,
          headers: Object.fromEntries(response.headers),
          body: Buffer.from(await response.arrayBuffer()),
        })
      })
      return context
    },
  })
  seedFlow('in process', transport, (files) => {
    for (const [path, file] of Object.entries(files)) shop.set(path, file)
  })
})

describe('over HTTP: serve', () => {
  let server: RunningServer
  let site: StaticSite
  beforeAll(async () => {
    server = await startServer({ port: 0 })
    site = await startStaticSite()
  })
  afterAll(async () => {
    await site?.close()
    await server?.close()
  })
  const transport = (): Transport => ({
    shop: site.origin,
    cdn: `${server.url}/connectif`,
    connectif: `${server.url}/connectif`,
    reskyt: `${server.url}/reskyt`,
    admin: `${server.url}/__admin`,
    newContext: () => browser().newContext(),
  })
  seedFlow('serve', transport, (files) => {
    for (const [path, file] of Object.entries(files)) site.put(path, file)
  })

  it('reads every HTML tag with the script’s rules, and sends nothing from an excluded page', async () => {
    const t = transport()
    const { accounts } = (await call(`${t.admin}/accounts`)).body
    const settings = await call(`${t.admin}/accounts/${accounts[0].id}/settings`, {
      method: 'PATCH',
      body: { connectif: { web: { excludeTracking: ['/checkout'] } } },
    })
    const { env, webClientId } = settings.body.connectif.web
    const product = (id: string, price: string) =>
      `<span class="name">Shoe ${id}</span><span class="url">https://shop.example.com/p/${id}</span><span class="product_id">${id}</span>${price}<span class="category">/Shoes</span><span class="tag">trail</span>`
    const categories = Array.from(
      { length: 11 },
      (_, i) => `<span class="cn_page_category" style="display:none">/C${i}</span>`,
    ).join('')
    site.put(
      '/tags',
      html(`<!doctype html><title>A title that is longer than fifty characters, to be cut</title>
<div class="cn_client_info" style="display:none"><span class="primary_key">bea@example.com</span><span class="_newsletter_subscription_status">subscribed</span><span class="loyalty">gold</span></div>
<div class="cn_product_visited" style="display:none">${product('P1', '<span class="unit_price">10.5</span>')}</div>
<div class="cn_product_visited" style="display:none">${product('P2', '')}</div>
<div class="cn_cart" style="display:none"><span class="cart_id">crt1</span><span class="total_quantity">2</span><span class="total_price">21</span><div class="product_basket_item">${product('P1', '<span class="unit_price">10.5</span>')}<span class="quantity">2</span><span class="price">21</span></div><div class="product_basket_item">${product('P3', '<span class="unit_price">-1</span>')}</div></div>
<div class="cn_purchase " style="display:none"><span class="purchase_id">ord1</span><span class="total_quantity">1</span><span class="total_price">10.5</span><span class="payment_method">card</span></div>
<div class="cn_search" style="display:none"><span class="search_text"> trail shoes </span></div>
<div class="cn_login" style="display:none"></div>
<div class="cn_newsletter_subscribe" style="display:none"><span class="email">bea@example.com</span></div>
${categories}<span class="cn_page_tag" style="display:none">a page tag longer than twenty-five characters</span>
${loaderSnippet(t.cdn, env, webClientId)}`),
    )
    site.put(
      '/checkout',
      html(`<!doctype html><title>Checkout</title>${loaderSnippet(t.cdn, env, webClientId)}
<script>document.addEventListener('connectif.managed.initialized', () => connectif.managed.sendEvents([{ type: 'login' }], { onResponded: () => { window.responded = true } }))</script>`),
    )
    const context = await t.newContext()
    const page = await context.newPage()
    const sent = async () =>
      (await call(`${t.admin}/requests?operationId=sendScrippetNotification`)).body.requests
    const before = (await sent()).length
    await page.goto(`${t.shop}/tags`)
    await expect.poll(async () => (await sent()).length, POLL).toBe(before + 1)
    const body = JSON.parse((await sent())[0].request.body)
    expect(body.entityInfo).toEqual({
      primaryKey: 'bea@example.com',
      _newsletterSubscriptionStatus: 'subscribed',
      loyalty: 'gold',
    })
    expect(body.events.map((e: { type: string }) => e.type)).toEqual([
      'product-visited',
      'login',
      'search',
      'newsletter-subscribe',
      'purchase',
      'page-visit',
    ])
    expect(body.events[0].product).toMatchObject({
      productId: 'P1',
      unitPrice: 10.5,
      categories: ['/Shoes'],
      tags: ['trail'],
    })
    expect(body.events[2].searchText).toBe('trail shoes')
    expect(body.cart).toMatchObject({ cartId: 'crt1', totalQuantity: 2, totalPrice: 21 })
    expect(body.cart.products.map((p: { productId: string }) => p.productId)).toEqual(['P1'])
    expect(body.pageInfo.categories).toHaveLength(10)
    expect(body.pageInfo.tags).toEqual(['a page tag longer than tw'])
    expect(body.pageInfo.title).toHaveLength(50)
    await screenshot(page, 'client-script-tags')

    await page.goto(`${t.shop}/checkout`)
    await page.waitForFunction(() => (window as unknown as { responded?: boolean }).responded)
    expect(await sent()).toHaveLength(before + 1)
    await context.close()
  })
})
