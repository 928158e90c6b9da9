/**
 * What shop-integration needs from Connectif, written as an integrator would: the typed client
 * against Pact's mock server, fake credentials, matchers where the real values vary. Writes
 * contracts/pacts/shop-integration-connectif.json, which the sandbox is verified against.
 */
import { MatchersV3 } from '@pact-foundation/pact'
import { createConnectifClient } from 'martech-sandbox'
import { describe, expect, it } from 'vitest'
import { consumerPact, multipartForm, textBody } from './consumer-pact.ts'

const { datetime, fromProviderState, integer, like, regex } = MatchersV3

/** The shop's own (fake) key: `contracts verify` swaps it for a sandbox account's. */
const connectifFor = (baseUrl: string) =>
  createConnectifClient({ apiKey: 'shop-key:shop-secret', baseUrl })

const AUTHORIZATION = { Authorization: regex(/^apiKey \S+:\S+$/, 'apiKey shop-key:shop-secret') }
const CONNECTIF_ID = regex(/^[0-9a-f]{24}$/, '64b7f0c2a1e4d5f6a7b8c9d0')
const ISO_INSTANT = "yyyy-MM-dd'T'HH:mm:ss.SSSX"
const RATE_LIMIT_HEADERS = {
  'X-RateLimit-Limit': regex(/^\d+$/, '100'),
  'X-RateLimit-Remaining': regex(/^\d+$/, '99'),
  'X-RateLimit-Reset': regex(/^\d+$/, '1767225660'),
}

const pact = consumerPact('connectif')

describe('shop-integration → Connectif', () => {
  it('upserts a new contact by email and gets it back created', async () => {
    await pact
      .addInteraction()
      .given('contact ana@example.com does not exist')
      .uponReceiving('an upsert of a new contact by email')
      .withRequest('PATCH', '/contacts/email/ana%40example.com', (request) =>
        request
          .headers(AUTHORIZATION)
          .jsonBody({ _name: 'Ana', _newsletterSubscriptionStatus: 'subscribed' }),
      )
      .willRespondWith(201, (response) =>
        response.headers(RATE_LIMIT_HEADERS).jsonBody({
          id: CONNECTIF_ID,
          _email: 'ana@example.com',
          _name: 'Ana',
          _newsletterSubscriptionStatus: 'subscribed',
          _createdAt: datetime(ISO_INSTANT, '2026-01-01T00:00:00.000Z'),
        }),
      )
      .executeTest(async (server) => {
        const { data, response } = await connectifFor(server.url).PATCH('/contacts/email/{email}', {
          params: { path: { email: 'ana@example.com' } },
          body: { _name: 'Ana', _newsletterSubscriptionStatus: 'subscribed' },
        })
        expect(response.status).toBe(201)
        expect(data?._email).toBe('ana@example.com')
      })
  })

  it('reads a contact back by email', async () => {
    await pact
      .addInteraction()
      .given('contact ana@example.com exists')
      .uponReceiving('a read of a contact by email')
      .withRequest('GET', '/contacts/email/ana%40example.com', (request) =>
        request.headers(AUTHORIZATION),
      )
      .willRespondWith(200, (response) =>
        response.headers(RATE_LIMIT_HEADERS).jsonBody({
          id: CONNECTIF_ID,
          _email: 'ana@example.com',
          _totalPurchases: integer(0),
        }),
      )
      .executeTest(async (server) => {
        const { data } = await connectifFor(server.url).GET('/contacts/email/{email}', {
          params: { path: { email: 'ana@example.com' } },
        })
        expect(data?.id).toMatch(/^[0-9a-f]{24}$/)
      })
  })

  it('gets E0102 for a purchase of a product missing from the catalogue', async () => {
    const purchase = {
      purchaseId: 'ORD-1042',
      contactEmail: 'ana@example.com',
      purchaseDate: '2026-04-01T10:00:00.000Z',
      totalPrice: 89.9,
      totalQuantity: 1,
      products: [
        {
          productId: 'GHOST-9',
          name: 'Ghost keyboard',
          quantity: 1,
          price: 89.9,
          unitPrice: 89.9,
          productDetailUrl: 'https://shop.example.com/p/ghost-9',
        },
      ],
    }
    await pact
      .addInteraction()
      .given('contact ana@example.com exists')
      .given('product GHOST-9 is not in the catalogue')
      .uponReceiving('a purchase of a product missing from the catalogue')
      .withRequest('POST', '/purchases/', (request) =>
        request.headers(AUTHORIZATION).jsonBody(purchase),
      )
      .willRespondWith(400, (response) =>
        response.headers(RATE_LIMIT_HEADERS).jsonBody({
          status: 400,
          title: 'Bad Request',
          detail: like('Products GHOST-9 are not in the catalog.'),
          code: 'E0102',
        }),
      )
      .executeTest(async (server) => {
        const { error } = await connectifFor(server.url).POST('/purchases/', { body: purchase })
        expect(error).toMatchObject({ code: 'E0102' })
      })
  })

  it('submits an import of contacts as a multipart form', async () => {
    const boundary = 'shop-integration-import'
    const fields = {
      type: 'contacts',
      delimiter: ',',
      overrideExisting: 'true',
      updateOnlyEmptyFields: 'false',
    }
    const csv = '_email,_name\nana@example.com,Ana\nbea@example.com,Bea\n'
    await pact
      .addInteraction()
      .uponReceiving('an import of contacts submitted as a multipart form')
      .withRequest('POST', '/imports/', (request) => {
        request.headers({
          ...AUTHORIZATION,
          'Content-Type': regex(
            '^multipart/form-data;\\s*boundary=.+$',
            `multipart/form-data; boundary=${boundary}`,
          ),
        })
        textBody(
          request,
          `multipart/form-data; boundary=${boundary}`,
          multipartForm(boundary, fields, {
            name: 'file',
            filename: 'contacts.csv',
            contentType: 'text/csv',
            content: csv,
          }),
        )
      })
      .willRespondWith(201, (response) =>
        response.headers(RATE_LIMIT_HEADERS).jsonBody({
          id: CONNECTIF_ID,
          type: 'contacts',
          status: 'queued',
          total: integer(2),
          createdAt: datetime(ISO_INSTANT, '2026-01-01T00:00:00.000Z'),
        }),
      )
      .executeTest(async (server) => {
        const form = new FormData()
        for (const [name, value] of Object.entries(fields)) form.set(name, value)
        form.set('file', new File([csv], 'contacts.csv', { type: 'text/csv' }))
        // openapi-fetch sends a FormData body as it is; fetch adds the multipart boundary.
        const { data } = await connectifFor(server.url).POST('/imports/', { body: form as never })
        expect(data?.status).toBe('queued')
      })
  })

  it("polls the import's status by the id the submission returned", async () => {
    await pact
      .addInteraction()
      .given('an import of contacts was submitted')
      .uponReceiving("a poll of an import's status")
      .withRequest(
        'GET',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: Pact's own expression syntax
        fromProviderState('/imports/${importId}', '/imports/64b7f0c2a1e4d5f6a7b8c9d0'),
        (request) => request.headers(AUTHORIZATION),
      )
      .willRespondWith(200, (response) =>
        response.headers(RATE_LIMIT_HEADERS).jsonBody({
          id: CONNECTIF_ID,
          type: 'contacts',
          status: regex(/^(queued|inProgress|finished|error|cancelled)$/, 'queued'),
          total: integer(1),
          success: integer(0),
          errors: integer(0),
        }),
      )
      .executeTest(async (server) => {
        const { data } = await connectifFor(server.url).GET('/imports/{id}', {
          params: { path: { id: '64b7f0c2a1e4d5f6a7b8c9d0' } },
        })
        expect(data?.status).toBe('queued')
      })
  })

  it('gets 429 with X-RateLimit-* once the minute’s 100 calls are spent', async () => {
    await pact
      .addInteraction()
      .given('account is at its rate limit')
      .uponReceiving('a call over the per-minute rate limit')
      .withRequest('GET', '/contacts/email/ana%40example.com', (request) =>
        request.headers(AUTHORIZATION),
      )
      .willRespondWith(429, (response) =>
        response.headers({ ...RATE_LIMIT_HEADERS, 'X-RateLimit-Remaining': '0' }).jsonBody({
          status: 429,
          title: 'Too Many Requests',
          detail: like('Requests rate limit reached.'),
        }),
      )
      .executeTest(async (server) => {
        const { error, response } = await connectifFor(server.url).GET('/contacts/email/{email}', {
          params: { path: { email: 'ana@example.com' } },
        })
        expect(response.status).toBe(429)
        expect(response.headers.get('X-RateLimit-Remaining')).toBe('0')
        expect(error).toMatchObject({ status: 429 })
      })
  })
})
