/**
 * The pipeline the Reskyt seed builds: a contact's `reskyt-token` set through the Connectif API,
 * a send-category custom event posting to Reskyt with `x-api-key`, fired for the contact, and
 * the push landing in Reskyt's outbox for exactly that device.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { RESKYT_PUSH_PATH } from '../../src/clients/reskyt.ts'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

const TOKEN = '5d41402abc4b2a76b9719d911017c592'

describe.each(targets)('Connectif outbound event → Reskyt, %s', (transport, createTarget) => {
  const target = useTarget(createTarget)
  const adminUrl = () =>
    `${target()
      .serviceUrl('reskyt')
      .replace(/\/reskyt$/, '')}/__admin`
  const admin = async (
    path: string,
    body?: unknown,
    method = body === undefined ? 'GET' : 'POST',
  ) => {
    const response = await fetch(`${adminUrl()}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: await response.json() }
  }

  /** Everything the seed sets up in the Connectif UI, done through the Connectif API. */
  async function setUpReskytEvent(webhookUrl: string) {
    const { sandbox } = target()
    const connectif = target().connectif()
    const field = await connectif.POST('/contact-fields/', {
      body: { id: 'reskyt-token', name: 'Reskyt token', type: 'text' },
    })
    expect(field.response.status).toBe(201)
    // The seed's inline script stores the token the app exposes in the contact's field.
    await connectif.PATCH('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
      body: { 'reskyt-token': TOKEN },
    })
    const integration = await connectif.POST('/custom-integrations/', { body: { name: 'Reskyt' } })
    const eventType = await connectif.POST('/custom-integrations/{id}/custom-event-types/', {
      params: { path: { id: integration.data?.id as string } },
      body: {
        name: 'Reskyt push',
        category: 'send',
        webhookUrl,
        webhookHeaders: [
          { name: 'x-api-key', value: sandbox.defaultAccount.keys.reskyt as string },
        ],
        fields: [
          { id: 'title', name: 'Title', type: 'text', required: true },
          { id: 'url', name: 'URL', type: 'text' },
          { id: 'dateEnd', name: 'Date end', type: 'text' },
          {
            id: 'tokens',
            name: 'Token',
            type: 'text',
            required: true,
            jsonPointerPath: '/tokens/0',
          },
        ],
      },
    })
    expect(eventType.response.status).toBe(201)
    return eventType.data?.id as string
  }

  it('delivers the push the workflow node describes to Reskyt’s outbox, for exactly that token', async () => {
    await admin('/reskyt/devices', { token: TOKEN, platform: 'android' })
    const eventId = await setUpReskytEvent(`${target().serviceUrl('reskyt')}${RESKYT_PUSH_PATH}`)
    const sent = await admin(`/connectif/outbound/${eventId}/send`, {
      contact: { email: 'ana@example.com' },
      values: {
        title: 'Your cart misses you',
        url: 'https://shop.example.com/cart',
        dateEnd: '1790805599',
        tokens: { contactField: 'reskyt-token' },
      },
    })
    expect(sent.status).toBe(201)
    expect(sent.body).toMatchObject({
      status: 'delivered',
      request: {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-api-key': target().sandbox.defaultAccount.keys.reskyt,
        },
        body: {
          title: 'Your cart misses you',
          url: 'https://shop.example.com/cart',
          dateEnd: '1790805599',
          tokens: [TOKEN],
        },
      },
      response: { status: 200, body: '{"success":true}' },
    })
    const { body } = await admin(`/reskyt/outbox?token=${TOKEN}`)
    expect(body.pushes).toHaveLength(1)
    expect(body.pushes[0]).toMatchObject({
      source: 'json',
      token: TOKEN,
      knownToken: true,
      title: 'Your cart misses you',
      url: 'https://shop.example.com/cart',
      dateEnd: 1790805599,
    })
    expect((await admin('/reskyt/outbox')).body.pushes).toHaveLength(1)
    expect((await admin('/connectif/outbound/deliveries')).body.deliveries).toHaveLength(1)
  })

  it('refuses to send when the contact has no token, naming the field', async () => {
    const eventId = await setUpReskytEvent(`${target().serviceUrl('reskyt')}${RESKYT_PUSH_PATH}`)
    await target()
      .connectif()
      .PATCH('/contacts/email/{email}', {
        params: { path: { email: 'bob@example.com' } },
        body: {},
      })
    const sent = await admin(`/connectif/outbound/${eventId}/send`, {
      contact: { email: 'bob@example.com' },
      values: { title: 'Hi', tokens: { contactField: 'reskyt-token' } },
    })
    expect(sent.status).toBe(422)
    expect(sent.body.issues).toEqual([
      { path: 'values.tokens', reason: 'is required, and the contact has no "reskyt-token"' },
    ])
    expect((await admin('/reskyt/outbox')).body.pushes).toEqual([])
  })

  it('defines an outbound event through the admin API too', async () => {
    const defined = await admin('/connectif/outbound', {
      eventType: {
        name: 'Reskyt push',
        category: 'send',
        webhookUrl: `${target().serviceUrl('reskyt')}${RESKYT_PUSH_PATH}`,
        fields: [{ id: 'title', name: 'Title', type: 'text', required: true }],
      },
    })
    expect(defined.status).toBe(201)
    const listed = await target()
      .connectif()
      .GET('/custom-event-types/{id}', { params: { path: { id: defined.body.eventType.id } } })
    expect(listed.data).toMatchObject({ name: 'Reskyt push', category: 'send' })
  })

  // Only over HTTP: in process, MSW intercepts the sandbox's own fetch to an unknown local host
  // (onUnhandledFrame: 'error'), so a real failing receiver can only be reached from `serve`.
  describe.runIf(transport === 'over HTTP (serve)')('receivers that fail', () => {
    let receiver: Server | undefined
    afterEach(() => {
      receiver?.closeAllConnections()
      receiver?.close()
      receiver = undefined
    })
    const startReceiver = async (handler: Parameters<typeof createServer>[1]) => {
      receiver = createServer(handler)
      await new Promise<void>((resolve) => receiver?.listen(0, '127.0.0.1', resolve))
      return `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
    }

    it.each([
      [
        'answers 503',
        (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(503).end('down'),
        'receiver answered 503',
      ],
      ['never answers within the timeout', () => {}, 'no answer within 300 ms'],
    ])('logs a receiver that %s as failed, and keeps serving', async (_, handler, error) => {
      const eventId = await setUpReskytEvent(await startReceiver(handler))
      const sent = await admin(`/connectif/outbound/${eventId}/send`, {
        contact: { email: 'ana@example.com' },
        values: { title: 'Hi', tokens: { contactField: 'reskyt-token' } },
        timeoutMs: 300,
      })
      expect(sent.status).toBe(201)
      expect(sent.body).toMatchObject({ status: 'failed', error })
      expect(
        (
          await target()
            .connectif()
            .GET('/contacts/email/{email}', { params: { path: { email: 'ana@example.com' } } })
        ).response.status,
      ).toBe(200)
    })

    it('logs an unreachable receiver as failed', async () => {
      const url = await startReceiver(() => {})
      receiver?.close()
      const eventId = await setUpReskytEvent(url)
      const sent = await admin(`/connectif/outbound/${eventId}/send`, {
        contact: { email: 'ana@example.com' },
        values: { title: 'Hi', tokens: { contactField: 'reskyt-token' } },
      })
      expect(sent.body).toMatchObject({ status: 'failed', error: 'ECONNREFUSED' })
    })
  })
})
