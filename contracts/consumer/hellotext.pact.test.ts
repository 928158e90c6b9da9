/**
 * What shop-integration needs from Hellotext: create a profile, track the seed's purchase by
 * profile and by session (the 2022 API answers 201 {"state":"ok"}), and the errors[] body of an
 * unknown profile. Writes contracts/pacts/shop-integration-hellotext.json.
 */
import { MatchersV3 } from '@pact-foundation/pact'
import { createHellotextClient } from 'martech-sandbox'
import { describe, expect, it } from 'vitest'
import { consumerPact } from './consumer-pact.ts'

const { eachLike, integer, like, regex } = MatchersV3

/** The shop's own (fake) token: `contracts verify` swaps it for a sandbox account's. */
const hellotextFor = (baseUrl: string) =>
  createHellotextClient({ token: 'ALK_shopIntegrationFake', baseUrl })

const AUTHORIZATION = { Authorization: regex(/^Bearer \S+$/, 'Bearer ALK_shopIntegrationFake') }
const PROFILE = 'Xe7kD9aQ'
const SESSION = 'bBJn9vR15yPaYkWmR2QK0jopMeNxrA6l'
const PRODUCT = 'vxqQJ3Yg'

const pact = consumerPact('hellotext')

describe('shop-integration → Hellotext', () => {
  it('creates a profile and gets its 8-character id', async () => {
    const body = { first_name: 'Lucía', last_name: 'Gómez' }
    await pact
      .addInteraction()
      .uponReceiving('a profile creation')
      .withRequest('POST', '/v1/profiles', (request) =>
        request.headers(AUTHORIZATION).jsonBody(body),
      )
      .willRespondWith(201, (response) =>
        response.jsonBody({
          id: regex(/^[A-Za-z0-9]{8}$/, PROFILE),
          type: 'profile',
          first_name: 'Lucía',
          last_name: 'Gómez',
          created_at: integer(1767225600),
        }),
      )
      .executeTest(async (server) => {
        const { data, response } = await hellotextFor(server.url).POST('/v1/profiles', { body })
        expect(response.status).toBe(201)
        expect(data?.id).toHaveLength(8)
      })
  })

  it.each([
    ['profile', `profile ${PROFILE} exists`, { product: PRODUCT, profile: PROFILE }],
    ['session', `session ${SESSION} exists`, { product_id: PRODUCT, session_id: SESSION }],
  ])('tracks the seed purchase by %s: 201 {"state":"ok"}', async (by, identity, ids) => {
    const body = { action: 'product.purchased', ...ids }
    await pact
      .addInteraction()
      .given(identity)
      .given(`product ${PRODUCT} exists`)
      .uponReceiving(`a purchase tracked by ${by}`)
      .withRequest('POST', '/v1/attribution/events', (request) =>
        request.headers(AUTHORIZATION).jsonBody(body),
      )
      .willRespondWith(201, (response) => response.jsonBody({ state: 'ok' }))
      .executeTest(async (server) => {
        const { data } = await hellotextFor(server.url).POST('/v1/attribution/events', { body })
        expect(data).toEqual({ state: 'ok' })
      })
  })

  it('gets 404 with errors[] for a profile Hellotext does not know', async () => {
    await pact
      .addInteraction()
      .given('profile Zz9Zz9Zz does not exist')
      .uponReceiving('a read of an unknown profile')
      .withRequest('GET', '/v1/profiles/Zz9Zz9Zz', (request) => request.headers(AUTHORIZATION))
      .willRespondWith(404, (response) =>
        response.jsonBody({
          errors: eachLike({ type: 'not_found', message: like('The resource was not found.') }),
        }),
      )
      .executeTest(async (server) => {
        const { error, response } = await hellotextFor(server.url).GET('/v1/profiles/{id}', {
          params: { path: { id: 'Zz9Zz9Zz' } },
        })
        expect(response.status).toBe(404)
        expect(error?.errors[0]?.type).toBe('not_found')
      })
  })
})
