import { describe, expect, it } from 'vitest'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

const reskyt = {
  name: 'Reskyt',
  description: 'Push notifications nativas a través de la app de Reskyt',
  color: '#2f80ed',
  imageUri: null,
  eventsEnabled: true,
}

/** STEP 3 of the Connectif Reskyt guide, as in the spec's example. */
const reskytPush = {
  name: 'Enviar push Reskyt',
  category: 'send' as const,
  webhookUrl: 'https://app.reskyt.com/api/push',
  webhookHeaders: [{ name: 'x-api-key', value: 'rk_live_4f9d2a7c81e3' }],
  fields: [
    { id: 'title', name: 'title', type: 'text' as const, required: true },
    { id: 'url', name: 'url', type: 'text' as const, required: false },
    {
      id: 'tokens',
      name: 'tokens',
      type: 'text' as const,
      required: true,
      jsonPointerPath: '/tokens/0',
    },
  ],
}

const storeVisit = {
  name: 'Visita a tienda física',
  category: 'receive' as const,
  alias: 'store-visit',
  receiveType: 'api' as const,
  fields: [
    { id: 'email', name: 'Email', type: 'email' as const, required: true, isPrimaryKey: true },
    { id: 'storeName', name: 'Tienda', type: 'text' as const, required: true },
  ],
}

const invalid = (...validationErrors: Array<{ name: string; path: string; reason: string }>) => ({
  status: 422,
  title: 'Unprocessable entity',
  detail: 'One or more validation error occurred.',
  validationErrors,
})

describe.each(targets)('Connectif custom integrations and event types, %s', (_, createTarget) => {
  const target = useTarget(createTarget)

  const createIntegration = async () => {
    const created = await target().connectif().POST('/custom-integrations/', { body: reskyt })
    return created.data?.id as string
  }
  const createType = (integrationId: string, body: unknown) =>
    target()
      .connectif()
      .POST('/custom-integrations/{id}/custom-event-types/', {
        params: { path: { id: integrationId } },
        body: body as typeof storeVisit,
      })

  it('creates (201), reads, lists, patches (200) and deletes (204) an integration', async () => {
    const connectif = target().connectif()
    const created = await connectif.POST('/custom-integrations/', { body: reskyt })
    expect(created.response.status).toBe(201)
    const id = created.data?.id as string
    expect(id).toMatch(/^[0-9a-f]{24}$/)
    expect(created.data).toEqual({ id, ...reskyt })
    const path = { params: { path: { id } } }
    expect((await connectif.GET('/custom-integrations/{id}', path)).data).toEqual({ id, ...reskyt })

    const patched = await connectif.PATCH('/custom-integrations/{id}', {
      ...path,
      body: { eventsEnabled: false, imageUri: 'https://cdn.example.com/reskyt.png' },
    })
    expect(patched.response.status).toBe(200)
    expect(patched.data).toEqual({
      id,
      ...reskyt,
      eventsEnabled: false,
      imageUri: 'https://cdn.example.com/reskyt.png',
    })
    const list = await connectif.GET('/custom-integrations/')
    expect(list.data).toEqual({ links: {}, results: [patched.data] })

    expect((await connectif.DELETE('/custom-integrations/{id}', path)).response.status).toBe(204)
    const gone = await connectif.GET('/custom-integrations/{id}', path)
    expect(gone.response.status).toBe(404)
    expect(gone.error).toEqual({
      status: 404,
      title: 'Not Found',
      detail: 'Custom integration not found.',
    })
  })

  it('defaults imageUri to null and eventsEnabled to true', async () => {
    const created = await target()
      .connectif()
      .POST('/custom-integrations/', { body: { name: 'TPV' } })
    expect(created.data).toEqual({
      id: created.data?.id,
      name: 'TPV',
      imageUri: null,
      eventsEnabled: true,
    })
  })

  it('keeps the id and the account when a body tries to set them', async () => {
    const id = await createIntegration()
    const response = await target().fetchConnectif(`/custom-integrations/${id}`, {
      method: 'PATCH',
      headers: {
        authorization: `apiKey ${target().sandbox.defaultAccount.keys.connectif}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ id: 'hijack', accountId: 'acct_other', name: 'Reskyt 2' }),
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ...reskyt, id, name: 'Reskyt 2' })
    const stored = target().sandbox.connectif.customIntegrations.get(id)
    expect(stored?.accountId).toBe(target().sandbox.defaultAccount.account.id)
  })

  it('answers 404 for an unknown integration on patch, delete and event-type creation', async () => {
    const connectif = target().connectif()
    const path = { params: { path: { id: '000000000000000000000000' } } }
    const notFound = { status: 404, title: 'Not Found', detail: 'Custom integration not found.' }
    const patched = await connectif.PATCH('/custom-integrations/{id}', { ...path, body: {} })
    expect([patched.response.status, patched.error]).toEqual([404, notFound])
    const removed = await connectif.DELETE('/custom-integrations/{id}', path)
    expect([removed.response.status, removed.error]).toEqual([404, notFound])
    const type = await createType('000000000000000000000000', storeVisit)
    expect([type.response.status, type.error]).toEqual([404, notFound])
  })

  it('stores a send-category type faithfully: webhook URL, headers and JSON pointers', async () => {
    const integrationId = await createIntegration()
    target().sandbox.clock.freeze(Date.parse('2026-02-10T09:00:00.000Z'))
    const created = await createType(integrationId, reskytPush)
    expect(created.response.status).toBe(201)
    const id = created.data?.id as string
    const want = {
      id,
      ...reskytPush,
      createdAt: '2026-02-10T09:00:00.000Z',
      updatedAt: '2026-02-10T09:00:00.000Z',
    }
    expect(created.data).toEqual(want)
    const read = await target()
      .connectif()
      .GET('/custom-event-types/{id}', { params: { path: { id } } })
    expect(read.data).toEqual(want)
  })

  it.each([
    [
      'a receive type without alias',
      { ...storeVisit, alias: undefined },
      [{ name: 'alias', path: '/alias', reason: 'is required for receive event types' }],
    ],
    [
      'a send type with an alias',
      { ...reskytPush, alias: 'push' },
      [{ name: 'alias', path: '/alias', reason: 'is not allowed for send event types' }],
    ],
    [
      'a send type without webhookUrl',
      { ...reskytPush, webhookUrl: undefined },
      [{ name: 'webhookUrl', path: '/webhookUrl', reason: 'is required for send event types' }],
    ],
    [
      'two primary keys',
      {
        ...storeVisit,
        fields: [
          ...storeVisit.fields,
          { id: 'email2', name: 'Email 2', type: 'email', required: true, isPrimaryKey: true },
        ],
      },
      [
        {
          name: 'isPrimaryKey',
          path: '/fields/2/isPrimaryKey',
          reason: 'only one field can be the primary key',
        },
      ],
    ],
    [
      'a primary key that is not an email',
      {
        ...storeVisit,
        fields: [{ id: 'phone', name: 'Phone', type: 'phone', required: true, isPrimaryKey: true }],
      },
      [{ name: 'type', path: '/fields/0/type', reason: 'must be email for the primary key' }],
    ],
    [
      'an optional primary key',
      {
        ...storeVisit,
        fields: [
          { id: 'email', name: 'Email', type: 'email', required: false, isPrimaryKey: true },
        ],
      },
      [
        {
          name: 'required',
          path: '/fields/0/required',
          reason: 'must be true for the primary key',
        },
      ],
    ],
    [
      'an api receive type without primary key',
      { ...storeVisit, fields: [storeVisit.fields[1]] },
      [
        {
          name: 'fields',
          path: '/fields',
          reason: 'needs a primary key field of type email when receiveType is api',
        },
      ],
    ],
    [
      'a webhook receive type without primary key',
      { ...storeVisit, receiveType: 'webhook', fields: [] },
      [
        {
          name: 'fields',
          path: '/fields',
          reason: 'needs a primary key field of type email when receiveType is webhook',
        },
      ],
    ],
    [
      'a repeated field id',
      { ...storeVisit, fields: [...storeVisit.fields, storeVisit.fields[1]] },
      [{ name: 'id', path: '/fields/2/id', reason: 'is already used by another field' }],
    ],
    [
      'a jsonPointerPath that is not a JSON Pointer',
      {
        ...reskytPush,
        fields: [{ id: 'tokens', name: 'tokens', type: 'text', jsonPointerPath: 'tokens.0' }],
      },
      [
        {
          name: 'jsonPointerPath',
          path: '/fields/0/jsonPointerPath',
          reason: 'must be a JSON Pointer (RFC 6901), e.g. /tokens/0',
        },
      ],
    ],
  ])('answers 422 naming the path for %s, and stores nothing', async (_, body, want) => {
    const integrationId = await createIntegration()
    const created = await createType(integrationId, body)
    expect(created.response.status).toBe(422)
    expect(created.error).toEqual(invalid(...want))
    expect(target().sandbox.connectif.customEventTypes.size).toBe(0)
  })

  it('accepts a web receive type without primary key', async () => {
    const integrationId = await createIntegration()
    const created = await createType(integrationId, {
      ...storeVisit,
      receiveType: 'web',
      fields: [storeVisit.fields[1]],
    })
    expect(created.response.status).toBe(201)
  })

  it('keeps aliases unique per account, and frees an alias when its type is deleted', async () => {
    const integrationId = await createIntegration()
    const first = await createType(integrationId, storeVisit)
    expect(first.response.status).toBe(201)
    const again = await createType(integrationId, { ...storeVisit, name: 'Otra' })
    expect(again.error).toEqual(
      invalid({
        name: 'alias',
        path: '/alias',
        reason: 'is already used by another custom event type',
      }),
    )
    const other = target().connectif(
      target().sandbox.accounts.create({ name: 'shop-b' }).keys.connectif,
    )
    const otherIntegration = await other.POST('/custom-integrations/', { body: reskyt })
    const otherType = await other.POST('/custom-integrations/{id}/custom-event-types/', {
      params: { path: { id: otherIntegration.data?.id as string } },
      body: storeVisit,
    })
    expect(otherType.response.status).toBe(201)

    const path = { params: { path: { id: first.data?.id as string } } }
    expect(
      (await target().connectif().DELETE('/custom-event-types/{id}', path)).response.status,
    ).toBe(204)
    const gone = await target().connectif().GET('/custom-event-types/{id}', path)
    expect([gone.response.status, gone.error]).toEqual([
      404,
      { status: 404, title: 'Not Found', detail: 'Custom event type not found.' },
    ])
    expect((await createType(integrationId, storeVisit)).response.status).toBe(201)
  })

  it("lists the event types of all the account's integrations, and deletes them with their integration", async () => {
    const connectif = target().connectif()
    const reskytId = await createIntegration()
    const tpv = await connectif.POST('/custom-integrations/', { body: { name: 'TPV' } })
    const push = await createType(reskytId, reskytPush)
    const visit = await createType(tpv.data?.id as string, storeVisit)
    const list = await connectif.GET('/custom-event-types/')
    expect(list.response.status).toBe(200)
    expect(list.data?.results.map((t) => t.id)).toEqual([push.data?.id, visit.data?.id])
    expect(list.data?.results[0]).not.toHaveProperty('integrationId')

    await connectif.DELETE('/custom-integrations/{id}', { params: { path: { id: reskytId } } })
    const after = await connectif.GET('/custom-event-types/')
    expect(after.data?.results.map((t) => t.id)).toEqual([visit.data?.id])
  })
})
