import { describe, expect, it } from 'vitest'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'
import { hellotextErrors, hellotextHelpers, SESSION } from './support.ts'

const UNAUTHORIZED = hellotextErrors(
  'invalid',
  'The authorization token is missing, invalid or revoked.',
  'Authorization',
)

describe.each(targets)(
  'Hellotext credentials and the public browser API, %s',
  (_, createTarget) => {
    const target = useTarget(createTarget)
    const h = hellotextHelpers(target)
    const browser = () => target().hellotext(h.businessId())

    it('mints private tokens like ALK_… and an 8-character Business ID per account', () => {
      const { account, keys } = target().sandbox.defaultAccount
      expect(keys.hellotext).toMatch(/^ALK_[A-Za-z0-9]{32}$/)
      expect(h.businessId()).toMatch(/^[A-Za-z0-9]{8}$/)
      expect(target().sandbox.accounts.keysOf(account.id).hellotext).toEqual([
        keys.hellotext,
        h.businessId(),
      ])
    })

    it.each([
      ['no Authorization header', {}],
      ['another scheme', { Authorization: 'Token abc' }],
      ['an unknown token', { Authorization: 'Bearer ALK_eSMRuwJ2Al' }],
    ])('answers 401 in the errors[] shape to %s', async (_, headers) => {
      const response = await target().fetchHellotext('/v1/profiles', { headers })
      expect(response.status).toBe(401)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      expect(await response.json()).toEqual(UNAUTHORIZED)
    })

    it('keeps the two credentials apart: the Business ID opens only public routes, the token only private ones', async () => {
      const asBusiness = await h.call('GET', '/v1/profiles', undefined, {}, h.businessId())
      expect([asBusiness.status, await asBusiness.json()]).toEqual([401, UNAUTHORIZED])
      const asToken = await h.call('POST', '/v1/track/events', {
        session: SESSION,
        action: 'page.viewed',
      })
      expect([asToken.status, await asToken.json()]).toEqual([401, UNAUTHORIZED])
      const ok = await h.call(
        'POST',
        '/v1/track/events',
        { session: SESSION, action: 'page.viewed' },
        {},
        h.businessId(),
      )
      expect([ok.status, await ok.json()]).toEqual([200, { status: 'received' }])
    })

    it('gives an account created later its own Business ID, readable in its settings', async () => {
      const { account, keys } = target().sandbox.accounts.create({ name: 'shop-b' })
      const settings = (await (await h.settings(account.id)).json()).hellotext
      expect(settings).toEqual({
        businessId: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
        generation: '2022',
        integrations: ['sms', 'whatsapp', 'instagram', 'mercadolibre'],
        business: {},
        strict: false,
      })
      expect(settings.businessId).not.toBe(h.businessId())
      const other = target().hellotext(settings.businessId)
      const business = await other.GET('/v1/public/businesses/{business_id}', {
        params: { path: { business_id: settings.businessId } },
      })
      expect(business.data?.id).toBe(settings.businessId)
      expect((await target().hellotext(keys.hellotext).GET('/v1/profiles')).data).toEqual([])
    })

    it('tracks from the browser (200 {"status":"received"}), making the session known and identifying the visitor', async () => {
      const tracked = await browser().POST('/v1/track/events', {
        body: {
          session: SESSION,
          action: 'product.viewed',
          object_parameters: {
            name: 'Trail running shoes',
            reference: 'SKU-1042',
            source: 'custom_store',
            price: { amount: 89.9, currency: 'USD' },
          },
          user_parameters: {
            email: 'lucia@example.com',
            firstName: 'Lucía',
            lastName: 'Fernández',
            source: 'vtex',
          },
          page: { url: 'https://shop.example.com/p/shoes', title: 'Shoes', path: '/p/shoes' },
        },
      })
      expect([tracked.response.status, tracked.data]).toEqual([200, { status: 'received' }])
      const [profile] = (await target().hellotext().GET('/v1/profiles')).data ?? []
      expect(profile).toMatchObject({
        first_name: 'Lucía',
        last_name: 'Fernández',
        emails: ['lucia@example.com'],
      })
      const [event] = await h.events(`/sessions/${SESSION}/events`)
      expect(event).toMatchObject({
        action: 'product.viewed',
        profile: profile?.id,
        session: SESSION,
        object_type: 'product',
        amount: 89.9,
        url: 'https://shop.example.com/p/shoes',
        via: 'browser',
        generation: 'current',
      })
      const unknownAction = await browser().POST('/v1/track/events', {
        body: { session: SESSION, action: 'page.visited' },
      })
      expect([unknownAction.response.status, unknownAction.error]).toEqual([
        404,
        hellotextErrors('not_found', 'No action with this name exists for the business.', 'action'),
      ])
    })

    it('mints sessions the server knows at once (legacy POST /v1/track/sessions)', async () => {
      const minted = await browser().POST('/v1/track/sessions', { body: {} })
      expect(minted.response.status).toBe(200)
      expect(minted.data?.id).toMatch(/^[A-Za-z0-9]{32}$/)
      const profile = await h.createProfile()
      const attached = await target()
        .hellotext()
        .PATCH('/v1/sessions/{session}', {
          params: { path: { session: minted.data?.id as string } },
          body: { profile: profile.id },
        })
      expect(attached.response.status).toBe(200)
    })

    it('identifies a visitor, gives them the session and answers the receipt completed', async () => {
      const identified = await browser().POST('/v1/public/identifications', {
        body: {
          session: SESSION,
          user_id: '1042',
          source: 'woo',
          email: 'lucia@example.com',
          name: 'Lucía Fernández',
        },
      })
      expect([identified.response.status, identified.data]).toEqual([200, { status: 'received' }])
      const [profile] = (await target().hellotext().GET('/v1/profiles')).data ?? []
      expect(profile).toMatchObject({ first_name: 'Lucía', last_name: 'Fernández' })
      const sessions = (await h.adminJson('/sessions')).sessions
      expect(sessions).toEqual([expect.objectContaining({ id: SESSION, profile: profile?.id })])
      const [{ receipt }] = (await h.adminJson('/identifications')).identifications
      const status = await browser().GET('/v1/public/identifications/{receipt}', {
        params: { path: { receipt }, header: { 'X-Hellotext-Session': SESSION } },
      })
      expect(status.data).toEqual({ status: 'completed' })
      const unknown = await browser().GET('/v1/public/identifications/{receipt}', {
        params: { path: { receipt: 'Rc4pN8vX' } },
      })
      expect(unknown.response.status).toBe(404)
      // The same user identified again (cookie id + source) is the same profile.
      await browser().POST('/v1/track/events', {
        body: {
          session: SESSION,
          action: 'subscribed',
          user_parameters: { id: '1042', source: 'woo' },
        },
      })
      expect((await target().hellotext().GET('/v1/profiles')).data).toHaveLength(1)
      expect(
        (
          await target()
            .hellotext()
            .GET('/v1/profiles/{id}', { params: { path: { id: profile?.id as string } } })
        ).data?.subscription,
      ).toBe('subscribed')
    })

    it('acknowledges a new session, which makes it known', async () => {
      const ack = await browser().POST('/v1/public/acks', {
        body: {
          session: SESSION,
          at: '2026-08-14T13:05:00.000Z',
          utm_params: { source: 'hellotext', medium: 'sms' },
        },
      })
      expect([ack.response.status, ack.data]).toEqual([200, { status: 'received' }])
      expect((await h.adminJson('/sessions')).sessions.map((s: { id: string }) => s.id)).toEqual([
        SESSION,
      ])
    })

    it("serves the business's own metadata and 404 for another business id", async () => {
      await h.admin('/webchats', { method: 'POST', body: JSON.stringify({ id: 'Wc6yB1nM' }) })
      const own = await browser().GET('/v1/public/businesses/{business_id}', {
        params: { path: { business_id: h.businessId() } },
      })
      expect(own.data).toEqual({
        id: h.businessId(),
        country: { code: 'UY', prefix: '598' },
        features: { webchat: true, forms: true },
        locale: 'es',
        style_url: `https://cdn.hellotext.com/styles/${h.businessId()}.css`,
        webchat: { id: 'Wc6yB1nM', appearance: {}, whatsapp: {} },
        whitelist: 'disabled',
        subscription: 'active',
      })
      const other = await browser().GET('/v1/public/businesses/{business_id}', {
        params: { path: { business_id: '4ONLdN32' } },
      })
      expect([other.response.status, other.error]).toEqual([
        404,
        hellotextErrors('not_found', 'The resource was not found.', 'business_id'),
      ])
      expect((await target().hellotext().GET('/v1/wordpress/webchats')).data).toEqual({
        ids: ['Wc6yB1nM'],
      })
    })

    it('serves forms and their submissions with a one-time code to verify', async () => {
      await h.admin('/forms', {
        method: 'POST',
        body: JSON.stringify({ id: 'Fm3tR8cX', name: 'Newsletter' }),
      })
      const form = await browser().GET('/v1/public/forms/{id}', {
        params: { path: { id: 'Fm3tR8cX' } },
      })
      expect(form.data).toEqual({ id: 'Fm3tR8cX', name: 'Newsletter' })
      const missing = await browser().GET('/v1/public/forms/{id}', {
        params: { path: { id: 'Zz9Zz9Zz' } },
      })
      expect(missing.response.status).toBe(404)
      const submitted = await browser().POST('/v1/public/forms/{id}/submissions', {
        params: { path: { id: 'Fm3tR8cX' } },
        body: { session: SESSION, first_name: 'Lucía', phone: '+59899000001' },
      })
      expect(submitted.response.status).toBe(201)
      expect(submitted.data).toEqual({
        id: expect.stringMatching(/^[A-Za-z0-9]{8}$/),
        token: expect.stringMatching(/^[0-9a-f]{16}$/),
      })
      const id = submitted.data?.id as string
      const otpOf = async () =>
        (await h.adminJson('/submissions')).submissions.find((s: { id: string }) => s.id === id)
          .otp as string
      const first = await otpOf()
      await browser().POST('/v1/public/submissions/{id}/otps', { params: { path: { id } } })
      const second = await otpOf()
      const stale = await browser().POST('/v1/public/submissions/{id}/otps/{otp}/verify', {
        params: { path: { id, otp: first === second ? '000000x' : first } },
      })
      expect([stale.response.status, stale.error]).toEqual([
        422,
        hellotextErrors('invalid', 'The code is not valid.', 'otp'),
      ])
      const verified = await browser().POST('/v1/public/submissions/{id}/otps/{otp}/verify', {
        params: { path: { id, otp: second } },
      })
      expect([verified.response.status, verified.data]).toEqual([200, { status: 'received' }])
      expect((await target().hellotext().GET('/v1/profiles')).data?.[0]).toMatchObject({
        first_name: 'Lucía',
        phones: ['+59899000001'],
      })
    })

    it('serves popups and popup submissions: one per Idempotency-Key, resend and cancel with the token', async () => {
      await h.admin('/popups', {
        method: 'POST',
        body: JSON.stringify({
          id: 'Pp2wQ5eR',
          html: '<article class="hellotext-popup"></article>',
        }),
      })
      const popup = await browser().GET('/v1/public/popups/{id}', {
        params: { path: { id: 'Pp2wQ5eR' }, query: { locale: 'en', device: 'mobile' } },
      })
      expect(popup.data).toMatchObject({
        html: '<article class="hellotext-popup"></article>',
        locale: 'en',
        business: { id: h.businessId() },
      })
      const submit = () =>
        browser().POST('/v1/public/popups/{id}/submissions', {
          params: {
            path: { id: 'Pp2wQ5eR' },
            header: { 'Idempotency-Key': '2b0f6a8e-3c1d-4e5f-9a7b-8c6d4e2f1a0b' },
          },
          body: { session: SESSION, popup_submission: { phone: '+59899000001' } },
        })
      const first = await submit()
      const replay = await submit()
      expect(first.response.status).toBe(201)
      expect(replay.data).toEqual(first.data)
      const path = { path: { id: 'Pp2wQ5eR', submission_id: first.data?.id as string } }
      const wrongToken = await browser().POST(
        '/v1/public/popups/{id}/submissions/{submission_id}/resend',
        {
          params: path,
          body: { token: 'nope' },
        },
      )
      expect([wrongToken.response.status, wrongToken.error]).toEqual([
        422,
        hellotextErrors('invalid', 'The token does not match the submission.', 'token'),
      ])
      const token = first.data?.token as string
      expect(
        (
          await browser().POST('/v1/public/popups/{id}/submissions/{submission_id}/resend', {
            params: path,
            body: { token },
          })
        ).response.status,
      ).toBe(200)
      expect(
        (
          await browser().POST('/v1/public/popups/{id}/submissions/{submission_id}/cancel', {
            params: path,
            body: { token },
          })
        ).response.status,
      ).toBe(200)
      const afterCancel = await browser().POST(
        '/v1/public/popups/{id}/submissions/{submission_id}/resend',
        { params: path, body: { token } },
      )
      expect([afterCancel.response.status, afterCancel.error]).toEqual([
        422,
        hellotextErrors('not_allowed', 'The submission is already cancelled.', 'submission_id'),
      ])
    })

    it('registers and removes web-push identities, and records push alerts (204)', async () => {
      const identity = {
        session: SESSION,
        origin: 'https://shop.example.com',
        endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
        keys: { p256dh: 'BNcR', auth: 'tBHI' },
      }
      const created = await browser().POST('/v1/public/push/identities', { body: identity })
      expect([created.response.status, created.data]).toEqual([200, { status: 'received' }])
      const alert = await browser().POST('/v1/public/push/alerts', {
        body: { session: SESSION, section: 'prompt', kind: 'accepted' },
      })
      expect(alert.response.status).toBe(204)
      const removed = await browser().DELETE('/v1/public/push/identities', { body: identity })
      expect(removed.response.status).toBe(200)
      const again = await browser().DELETE('/v1/public/push/identities', { body: identity })
      expect([again.response.status, again.error]).toEqual([
        404,
        hellotextErrors('not_found', 'The resource was not found.', 'session'),
      ])
    })

    it('links and unlinks the WooCommerce shop (no /v1 prefix)', async () => {
      const hellotext = target().hellotext()
      const shop = { name: 'Rocío Sport', url: 'https://shop.example.com', currency: 'USD' }
      const linked = await hellotext.POST('/integrations/woo', { body: { shop } })
      expect([linked.response.status, linked.data]).toEqual([200, { status: 'received' }])
      const wrong = await hellotext.DELETE('/integrations/woo', {
        body: { shop: { business_id: '4ONLdN32' } },
      })
      expect(wrong.response.status).toBe(404)
      const unlinked = await hellotext.DELETE('/integrations/woo', {
        body: { shop: { business_id: h.businessId() } },
      })
      expect(unlinked.response.status).toBe(200)
      const twice = await hellotext.DELETE('/integrations/woo', {
        body: { shop: { business_id: h.businessId() } },
      })
      expect(twice.response.status).toBe(404)
    })
  },
)
