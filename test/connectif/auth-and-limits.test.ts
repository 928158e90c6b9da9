import { describe, expect, it } from 'vitest'
import { createConnectifClient } from '../../src/clients/connectif.ts'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

describe.each(targets)(
  'Connectif auth, rate limits and transport errors, %s',
  (_, createTarget) => {
    const target = useTarget(createTarget)
    const get = (headers: Record<string, string>) =>
      target().fetchConnectif('/contacts/email/ana%40example.com', { headers })
    const apiKey = () => `apiKey ${target().sandbox.defaultAccount.keys.connectif}`

    it.each([
      ['no Authorization header', {}],
      ['another scheme', { Authorization: 'Bearer abc' }],
      ['an unknown key', { Authorization: 'apiKey 5cf8c05f5b4cb901091f7d98:nope' }],
    ])('answers 401 text/plain "Unauthorized" to %s', async (_, headers) => {
      const response = await get(headers)
      expect(response.status).toBe(401)
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
      expect(await response.text()).toBe('Unauthorized')
    })

    it('answers 403 HttpError to a key without the scope the operation needs', async () => {
      const { keys } = target().sandbox.accounts.create({
        name: 'read-only',
        scopes: { connectif: ['contacts:read'] },
      })
      const connectif = target().connectif(keys.connectif)
      expect(
        (await connectif.GET('/contacts/email/{email}', { params: { path: { email: 'a@b.co' } } }))
          .response.status,
      ).toBe(404)
      const { error, response } = await connectif.PATCH('/contacts/email/{email}', {
        params: { path: { email: 'a@b.co' } },
        body: {},
      })
      expect(response.status).toBe(403)
      expect(error).toEqual({
        status: 403,
        title: 'Forbidden',
        detail: 'Permission not granted to the API Key: it lacks the "contacts:write" scope.',
      })
    })

    it('puts X-RateLimit-Limit, -Remaining and -Reset (epoch seconds) on every response, errors included', async () => {
      const { sandbox } = target()
      sandbox.clock.freeze(Date.parse('2026-05-01T12:00:00.000Z'))
      try {
        const notFound = await get({ Authorization: apiKey() })
        expect(notFound.status).toBe(404)
        expect(notFound.headers.get('x-ratelimit-limit')).toBe('100')
        expect(notFound.headers.get('x-ratelimit-remaining')).toBe('99')
        expect(notFound.headers.get('x-ratelimit-reset')).toBe(
          String(Date.parse('2026-05-01T12:01:00.000Z') / 1000),
        )
        const invalid = await target().fetchConnectif('/contacts/email/ana%40example.com', {
          method: 'PATCH',
          headers: { Authorization: apiKey(), 'Content-Type': 'application/json' },
          body: '{"_points": "many"}',
        })
        expect(invalid.status).toBe(422)
        expect(invalid.headers.get('x-ratelimit-remaining')).toBe('98')
      } finally {
        sandbox.clock.unfreeze()
      }
    })

    it('gives the 101st call within the minute 429, shared by all keys of the account, until the window resets', async () => {
      const { sandbox } = target()
      sandbox.clock.freeze()
      try {
        const second = sandbox.accounts.addKey(sandbox.defaultAccount.account.id, 'connectif', [
          '*',
        ]).value
        for (let i = 0; i < 100; i++) {
          const response = await get({ Authorization: i % 2 ? apiKey() : `apiKey ${second}` })
          expect(response.status).toBe(404)
        }
        const limited = await get({ Authorization: apiKey() })
        expect(limited.status).toBe(429)
        expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
        expect(await limited.json()).toEqual({
          status: 429,
          title: 'Too Many Requests',
          detail: 'Requests rate limit reached.',
        })
        const otherAccount = sandbox.accounts.create({ name: 'shop-b' })
        expect((await get({ Authorization: `apiKey ${otherAccount.keys.connectif}` })).status).toBe(
          404,
        )
        sandbox.clock.advance('61s')
        const after = await get({ Authorization: apiKey() })
        expect(after.status).toBe(404)
        expect(after.headers.get('x-ratelimit-remaining')).toBe('99')
      } finally {
        sandbox.clock.unfreeze()
      }
    })

    it('lets a client with retryOn429 { clock: sandbox.clock } wait out a frozen window in sandbox time, not real time', async () => {
      const { sandbox } = target()
      sandbox.clock.freeze(Date.parse('2026-05-01T12:00:30.000Z'))
      try {
        const { keys } = sandbox.accounts.create({ name: 'busy', rateLimits: { connectif: 2 } })
        const connectif = createConnectifClient({
          apiKey: keys.connectif as string,
          baseUrl: target().connectifUrl,
          retryOn429: { clock: sandbox.clock },
        })
        const started = performance.now()
        const statuses = []
        for (let i = 0; i < 3; i++) {
          const { response } = await connectif.GET('/contacts/email/{email}', {
            params: { path: { email: 'ana@example.com' } },
          })
          statuses.push(response.status)
        }
        expect(statuses).toEqual([404, 404, 404])
        // The third call waited for the window's reset, a minute after its first call, by moving
        // the sandbox's clock rather than sleeping.
        expect(sandbox.clock.now()).toBe(Date.parse('2026-05-01T12:01:30.000Z'))
        expect(performance.now() - started).toBeLessThan(5_000)
      } finally {
        sandbox.clock.unfreeze()
      }
    })

    it('honours a per-account limit', async () => {
      const { keys } = target().sandbox.accounts.create({
        name: 'small',
        rateLimits: { connectif: 2 },
      })
      const statuses = []
      for (let i = 0; i < 3; i++)
        statuses.push((await get({ Authorization: `apiKey ${keys.connectif}` })).status)
      expect(statuses).toEqual([404, 404, 429])
    })

    it('answers 415 HttpError to a JSON operation sent another content type', async () => {
      const response = await target().fetchConnectif('/purchases/', {
        method: 'POST',
        headers: { Authorization: apiKey(), 'Content-Type': 'text/plain' },
        body: 'purchase',
      })
      expect(response.status).toBe(415)
      expect(await response.json()).toEqual({
        status: 415,
        title: 'Unsupported Media Type',
        detail: 'Request without application/json Content-Type header',
      })
    })

    it('answers 413 to a custom event over 512 KB', async () => {
      const response = await target().fetchConnectif('/custom-events/alias/store-visit', {
        method: 'POST',
        headers: { Authorization: apiKey(), 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'ana@example.com', note: 'x'.repeat(513 * 1024) }),
      })
      expect(response.status).toBe(413)
      expect(await response.json()).toEqual({
        status: 413,
        title: 'Payload Too Large',
        detail: 'Maximum allowed size is 512Kb.',
      })
    })

    it('answers 413 to an import file over 50 MB, and queues nothing', async () => {
      const form = new FormData()
      form.set('type', 'contacts')
      form.set('delimiter', ',')
      form.set('overrideExisting', 'true')
      form.set('updateOnlyEmptyFields', 'false')
      form.set(
        'file',
        new Blob([`_email\n${'a'.repeat(50 * 1024 * 1024)}`], { type: 'text/csv' }),
        'big.csv',
      )
      const response = await target().fetchConnectif('/imports/', {
        method: 'POST',
        headers: { Authorization: apiKey() },
        body: form,
      })
      expect(response.status).toBe(413)
      expect(await response.json()).toEqual({
        status: 413,
        title: 'Payload Too Large',
        detail: 'Maximum allowed size is 50Mb.',
      })
      expect(target().sandbox.connectif.imports.size).toBe(0)
    })

    it('answers 404 HttpError to a path Connectif does not have, after authenticating', async () => {
      expect((await target().fetchConnectif('/segments/')).status).toBe(401)
      const response = await target().fetchConnectif('/segments/', {
        headers: { Authorization: apiKey() },
      })
      expect(response.status).toBe(404)
      expect(await response.json()).toEqual({
        status: 404,
        title: 'Not Found',
        detail: 'Resource /segments/ not found.',
      })
    })

    it('accepts collection paths with and without the trailing slash', async () => {
      const withSlash = await target().fetchConnectif('/coupon-sets/', {
        headers: { Authorization: apiKey() },
      })
      const without = await target().fetchConnectif('/coupon-sets', {
        headers: { Authorization: apiKey() },
      })
      expect(withSlash.status).toBe(without.status)
      expect(await without.json()).toEqual(await withSlash.json())
    })

    it('records every request in the journal, newest first', async () => {
      const { sandbox } = target()
      await get({ Authorization: apiKey() })
      await get({})
      const [latest, earlier] = sandbox.journal.list({ service: 'connectif' })
      expect(latest).toMatchObject({ status: 401, operationId: 'getContactByEmail', method: 'GET' })
      expect(earlier).toMatchObject({ status: 404, accountId: sandbox.defaultAccount.account.id })
    })
  },
)
