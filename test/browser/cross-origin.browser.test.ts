/**
 * CORS over `serve`, in Chromium: a page on one origin calls each service on the sandbox's origin
 * with its credential and a JSON body (so the browser preflights), and reads the answers, errors
 * included. Then a Hellotext-SDK-shaped client, loaded from a third origin, initialises with the
 * Business ID, identifies, tracks and submits a form, and the events show in the admin API.
 */
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { jivo } from '../../mocks/jivochat/index.ts'
import { type RunningServer, startServer } from '../../mocks/server/start-server.ts'
import { RESKYT_PUSH_PATH } from '../../src/clients/reskyt.ts'
import { bundleForBrowser } from './support/bundle.ts'
import { collectPageErrors, screenshot, useChromium } from './support/chromium.ts'
import { html, javascript, type StaticSite, startStaticSite } from './support/static-site.ts'

const browser = useChromium()
let server: RunningServer
let shop: StaticSite
let sdkHost: StaticSite

beforeAll(async () => {
  server = await startServer({ port: 0 })
  const sdk = await bundleForBrowser(
    fileURLToPath(new URL('./pages/hellotext-sdk.page.ts', import.meta.url)),
    'iife',
  )
  sdkHost = await startStaticSite({ '/hellotext.js': javascript(sdk) })
  shop = await startStaticSite()
}, 30_000)
afterAll(async () => {
  await shop?.close()
  await sdkHost?.close()
  await server?.close()
})

async function admin(path: string, body?: unknown) {
  const response = await fetch(`${server.url}/__admin${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return response.json()
}

interface Call {
  url: string
  method: string
  headers: Record<string, string>
  body?: unknown
}

it('answers each service’s cross-origin, preflighted calls with their credentials, errors included', async () => {
  shop.put('/', html('<!doctype html><title>shop</title><h1>Cross-origin calls</h1>'))
  const { accounts } = await admin('/accounts')
  const keys = accounts[0].keys
  const json = { 'Content-Type': 'application/json' }
  const calls: Record<string, Call> = {
    connectif: {
      url: `${server.url}/connectif/contacts/email/ana%40example.com`,
      method: 'PATCH',
      headers: { Authorization: `apiKey ${keys.connectif[0]}`, ...json },
      body: { _name: 'Ana' },
    },
    connectifUnauthorized: {
      url: `${server.url}/connectif/contacts/email/ana%40example.com`,
      method: 'GET',
      headers: { Authorization: 'apiKey wrong:key' },
    },
    hellotext: {
      url: `${server.url}/hellotext/v1/profiles`,
      method: 'POST',
      headers: { Authorization: `Bearer ${keys.hellotext[0]}`, ...json },
      body: { first_name: 'Lucía', email: 'lucia@example.com' },
    },
    reskyt: {
      url: `${server.url}/reskyt${RESKYT_PUSH_PATH}`,
      method: 'POST',
      headers: { 'x-api-key': keys.reskyt[0], ...json },
      body: { title: 'Hello', tokens: ['5d41402abc4b2a76b9719d911017c592'], dateEnd: '1790805599' },
    },
    jivochat: {
      url: `${server.url}/jivochat/crm`,
      method: 'POST',
      headers: json,
      body: jivo.generate('chat_accepted', { seed: 7 }),
    },
  }
  const context = await browser().newContext()
  const page = await context.newPage()
  const errors = collectPageErrors(page)
  await page.goto(`${shop.origin}/`)
  const answers = await page.evaluate(async (all) => {
    const out: Record<string, { status: number; remaining: string | null; body: string }> = {}
    for (const [name, call] of Object.entries(all)) {
      const response = await fetch(call.url, {
        method: call.method,
        headers: call.headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
      })
      out[name] = {
        status: response.status,
        remaining: response.headers.get('x-ratelimit-remaining'),
        body: await response.text(),
      }
    }
    return out
  }, calls)
  await screenshot(page, 'cross-origin-calls')
  await context.close()
  expect(answers.connectif).toMatchObject({ status: 201, remaining: '99' })
  expect(answers.connectifUnauthorized).toMatchObject({ status: 401, body: 'Unauthorized' })
  expect(answers.hellotext?.status).toBe(201)
  expect(answers.reskyt?.status).toBe(200)
  expect(answers.jivochat?.status).toBe(200)
  expect(errors).toEqual([])
})

it('lets a Hellotext-SDK-shaped client from another origin initialise, identify, track and submit a form', async () => {
  const { accounts } = await admin('/accounts')
  const businessId = accounts[0].settings.hellotext.businessId as string
  const form = await admin('/hellotext/forms', { name: 'Newsletter', fields: ['email'] })
  shop.put(
    '/',
    html(
      `<!doctype html><title>Trail shoes</title><h1>Hellotext on the shop</h1><script src="${sdkHost.origin}/hellotext.js"></script>`,
    ),
  )
  const context = await browser().newContext()
  const page = await context.newPage()
  const errors = collectPageErrors(page)
  await page.goto(`${shop.origin}/`)
  const answers = await page.evaluate(
    async ({ businessId, apiRoot, formId }) => {
      const { Hellotext } = window as unknown as {
        Hellotext: {
          initialize(id: string, o: object): Promise<{ status: number; body: unknown }>
          identify(id: string, o: object): Promise<{ status: number }>
          track(action: string, o?: object): Promise<{ status: number }>
          submitForm(id: string, fields: object): Promise<{ status: number }>
          session: string
        }
      }
      const business = await Hellotext.initialize(businessId, { apiRoot })
      const identified = await Hellotext.identify('customer-42', { email: 'lucia@example.com' })
      const tracked = await Hellotext.track('page.viewed')
      const submitted = await Hellotext.submitForm(formId, { email: 'lucia@example.com' })
      return { business, identified, tracked, submitted, session: Hellotext.session }
    },
    { businessId, apiRoot: `${server.url}/hellotext/v1`, formId: form.id as string },
  )
  await screenshot(page, 'hellotext-sdk')
  await context.close()
  expect(answers.business).toMatchObject({ status: 200, body: { id: businessId } })
  expect(answers.identified.status).toBeLessThan(300)
  expect(answers.tracked.status).toBe(200)
  expect(answers.submitted.status).toBe(201)
  const { events } = await admin('/hellotext/events')
  expect(events).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ action: 'page.viewed', session: answers.session }),
    ]),
  )
  expect(errors).toEqual([])
})
