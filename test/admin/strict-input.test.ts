/**
 * Admin input is checked as strictly as the services' own: a fault rule that names nothing the
 * sandbox serves, a filter outside its enum and fixture data the API would refuse are all
 * refused, so a typo never sits there silently doing nothing.
 */
import { describe, expect, it } from 'vitest'
import { createSandbox } from '../../mocks/create-sandbox.ts'
import { loadFixtures } from '../../mocks/server/load-fixtures.ts'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

describe.each(targets)('strict admin input, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const adminUrl = () =>
    `${target()
      .serviceUrl('connectif')
      .replace(/\/connectif$/, '')}/__admin`
  const post = (path: string, body: unknown) =>
    fetch(`${adminUrl()}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })

  it.each([
    [
      'an operation no service has',
      { service: 'connectif', operationId: 'createPurchse', status: 503 },
      /no operation "createPurchse" in connectif/,
    ],
    [
      'an operation of another service than the one named',
      { service: 'hellotext', operationId: 'createPurchase', status: 503 },
      /no operation "createPurchase" in hellotext/,
    ],
    [
      'an operation of no service, with no service named',
      { operationId: 'trackEvents', status: 503 },
      /no operation "trackEvents"/,
    ],
  ])('refuses a fault rule naming %s with 422, and keeps no rule', async (_, rule, message) => {
    const response = await post('/faults', rule)
    expect(response.status).toBe(422)
    expect((await response.json()).error).toMatch(message)
    expect(target().sandbox.faults.list()).toEqual([])
  })

  it('takes a fault rule naming an operation the sandbox serves', async () => {
    const response = await post('/faults', {
      service: 'connectif',
      operationId: 'createPurchase',
      status: 503,
      times: 1,
    })
    expect(response.status).toBe(201)
    expect(target().sandbox.faults.list()).toHaveLength(1)
  })

  it('refuses an outbox source it does not know as it refuses an unknown state', async () => {
    const source = await fetch(`${adminUrl()}/reskyt/outbox?source=bogus`)
    const state = await fetch(`${adminUrl()}/reskyt/outbox?state=bogus`)
    expect([source.status, state.status]).toEqual([422, 422])
    expect((await source.json()).issues).toEqual([
      { in: 'query', path: '$.source', reason: expect.stringMatching(/allowed values/) },
    ])
    expect((await state.json()).issues).toEqual([
      { in: 'query', path: '$.state', reason: expect.stringMatching(/allowed values/) },
    ])
  })

  it('defines a segment that an export narrows to', async () => {
    const created = await post('/connectif/segments', {
      id: '643e76bfc1d60cb6ca7832fb',
      name: 'VIP',
      contacts: ['Ana@Example.com'],
    })
    expect(created.status).toBe(201)
    expect(await created.json()).toMatchObject({
      id: '643e76bfc1d60cb6ca7832fb',
      name: 'VIP',
      contacts: ['ana@example.com'],
    })
    expect(
      (await post('/connectif/segments', { id: '643e76bfc1d60cb6ca7832fb', name: 'x' })).status,
    ).toBe(409)
    const bad = await post('/connectif/segments', { id: 'notAnObjectId', name: 'x' })
    expect(bad.status).toBe(422)
    const listed = await (await fetch(`${adminUrl()}/connectif/segments`)).json()
    expect(listed.segments.map((s: { name: string }) => s.name)).toEqual(['VIP'])
    const exported = await target()
      .connectif()
      .POST('/exports/', {
        body: { exportType: 'contacts', filters: { segmentId: '643e76bfc1d60cb6ca7832fb' } },
      })
    expect(exported.response.status).toBe(201)
  })
})

describe('fixtures pass the API’s own checks', () => {
  const load = (account: Record<string, unknown>) => () =>
    loadFixtures(createSandbox(), { accounts: [{ name: 'shop-a', ...account }] }, 'fixtures.json')

  it.each([
    [
      'a contact e-mail that is not one',
      { connectif: { contacts: [{ _email: 'not-an-email' }] } },
      /accounts\[0\]\.connectif: contacts\[0\]\._email must match format "email"/,
    ],
    [
      'a contact birthdate that is not a date-time',
      { connectif: { contacts: [{ _email: 'ana@example.com', _birthdate: 'yesterday' }] } },
      /contacts\[0\]\._birthdate must match format "date-time"/,
    ],
    [
      'a custom field the account does not define',
      { connectif: { contacts: [{ _email: 'ana@example.com', 'reskyt-tokn': 'x' }] } },
      /contacts\[0\]\.reskyt-tokn .*unknown contact field/,
    ],
    [
      'a product URL that is not a URL',
      { connectif: { products: [{ productId: 'KB-1', productDetailUrl: 'keyboard page' }] } },
      /products\[0\]\.productDetailUrl must match format "uri"/,
    ],
    [
      'a contact field of an unknown type',
      { connectif: { contactFields: [{ id: 'size', name: 'Size', type: 'shoe' }] } },
      /contactFields\[0\]\.type must be equal to one of the allowed values/,
    ],
    [
      'a Connectif key without ":"',
      { keys: { connectif: 'shopa-secret' } },
      /accounts\[0\]\.keys\.connectif must be keyId:keySecret/,
    ],
    ['a key with a space', { keys: { reskyt: 'shop a' } }, /keys\.reskyt must not contain spaces/],
  ])('refuses %s, naming it', (_, account, message) => {
    expect(load(account)).toThrow(message)
  })

  it('still loads what the README documents', () => {
    expect(
      load({
        keys: { connectif: 'shopa:secret', reskyt: 'shopa-reskyt-key' },
        connectif: {
          contactFields: [{ id: 'reskyt-token', name: 'Reskyt token', type: 'text' }],
          contacts: [{ _email: 'ana@example.com', _name: 'Ana', 'reskyt-token': 'd41d8cd9' }],
          products: [{ productId: 'KB-1', name: 'Keyboard', unitPrice: 89.9 }],
        },
      }),
    ).not.toThrow()
  })
})
