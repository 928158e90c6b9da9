/**
 * What shop-integration needs from Reskyt: a JSON push accepted with its x-api-key, the 422 of a
 * push without tokens, and the legacy form API answering `1`. Writes
 * contracts/pacts/shop-integration-reskyt.json.
 */
import { MatchersV3 } from '@pact-foundation/pact'
import { createReskytClient, RESKYT_PUSH_PATH } from 'martech-sandbox'
import { describe, expect, it } from 'vitest'
import { consumerPact, textBody } from './consumer-pact.ts'

const { like, regex } = MatchersV3

/** The shop's own (fake) key: `contracts verify` swaps it for a sandbox account's. */
const reskytFor = (baseUrl: string) => createReskytClient({ apiKey: 'shop-reskyt-key', baseUrl })

const API_KEY = { 'x-api-key': like('shop-reskyt-key') }
const TOKEN = '5d41402abc4b2a76b9719d911017c592'

const pact = consumerPact('reskyt')

describe('shop-integration → Reskyt', () => {
  it('sends a JSON push with its x-api-key and gets {"success":true}', async () => {
    const body = {
      title: 'Your cart is waiting',
      tokens: [TOKEN],
      url: 'https://shop.example.com/cart',
      dateEnd: '1767225600',
    }
    await pact
      .addInteraction()
      .given(`device ${TOKEN} is registered`)
      .uponReceiving('a JSON push to one device')
      .withRequest('POST', RESKYT_PUSH_PATH, (request) => request.headers(API_KEY).jsonBody(body))
      .willRespondWith(200, (response) => response.jsonBody({ success: true }))
      .executeTest(async (server) => {
        const { data } = await reskytFor(server.url).POST(RESKYT_PUSH_PATH, { body })
        expect(data).toEqual({ success: true })
      })
  })

  it('gets 422 {error, field} for a push without tokens', async () => {
    const body = { title: 'Your cart is waiting' }
    await pact
      .addInteraction()
      .uponReceiving('a JSON push without tokens')
      .withRequest('POST', RESKYT_PUSH_PATH, (request) => request.headers(API_KEY).jsonBody(body))
      .willRespondWith(422, (response) =>
        response.jsonBody({ error: like('tokens is required'), field: 'tokens' }),
      )
      .executeTest(async (server) => {
        // The shop's code builds the body from a cart that may hold no device.
        const { error, response } = await reskytFor(server.url).POST(RESKYT_PUSH_PATH, {
          body: body as never,
        })
        expect(response.status).toBe(422)
        expect(error).toMatchObject({ field: 'tokens' })
      })
  })

  it('sends a legacy form push and reads the bare "1"', async () => {
    const form = {
      user: 'shop-integration',
      password: 'shop-reskyt-key',
      titulo: 'Rebajas',
      url: 'https://shop.example.com/sale',
      tokens: [TOKEN, 'a3f1c9e07b5d4e8f9a0b1c2d3e4f5a6b'].join(';'),
    }
    await pact
      .addInteraction()
      .uponReceiving('a legacy form push')
      .withRequest('POST', '/api/push', (request) => {
        request.headers({
          'Content-Type': regex(
            '^application/x-www-form-urlencoded(;.*)?$',
            'application/x-www-form-urlencoded',
          ),
        })
        textBody(request, 'application/x-www-form-urlencoded', new URLSearchParams(form).toString())
      })
      .willRespondWith(200, (response) => textBody(response, 'text/plain', '1'))
      .executeTest(async (server) => {
        const { data } = await reskytFor(server.url).POST('/api/push', {
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: form,
          parseAs: 'text',
        })
        expect(data).toBe('1')
      })
  })
})
