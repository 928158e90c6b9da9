import { describe, expect, it } from 'vitest'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

const storeVisit = {
  name: 'Visita a tienda física',
  category: 'receive' as const,
  alias: 'store-visit',
  receiveType: 'api' as const,
  fields: [
    { id: 'email', name: 'Email', type: 'email' as const, required: true, isPrimaryKey: true },
    { id: 'storeName', name: 'Tienda', type: 'text' as const, required: true },
    { id: 'ticketAmount', name: 'Importe', type: 'decimal' as const, required: false },
    { id: 'items', name: 'Artículos', type: 'integer' as const, required: false },
    { id: 'firstVisit', name: 'Primera visita', type: 'boolean' as const, required: false },
    { id: 'visitDate', name: 'Fecha', type: 'date' as const, required: false },
    {
      id: 'visitReason',
      name: 'Motivo',
      type: 'radio' as const,
      required: false,
      options: [
        { id: 'purchase', label: 'Compra' },
        { id: 'return', label: 'Devolución' },
      ],
    },
    {
      id: 'sections',
      name: 'Secciones',
      type: 'checkbox' as const,
      required: false,
      options: [
        { id: 'men', label: 'Hombre' },
        { id: 'women', label: 'Mujer' },
      ],
    },
  ],
}

const visit = {
  email: 'Maria.Garcia@example.com',
  storeName: 'Madrid - Gran Vía',
  ticketAmount: 42.5,
  items: 3,
  firstVisit: false,
  visitDate: '2026-02-18T11:30:00.000Z',
  visitReason: 'purchase',
  sections: ['men', 'women'],
}

const T0 = Date.parse('2026-03-01T08:00:00.000Z')

describe.each(targets)('Connectif custom events, %s', (_, createTarget) => {
  const target = useTarget(createTarget)

  const setUp = async (typeBody: object = storeVisit) => {
    const connectif = target().connectif()
    const integration = await connectif.POST('/custom-integrations/', { body: { name: 'TPV' } })
    const type = await connectif.POST('/custom-integrations/{id}/custom-event-types/', {
      params: { path: { id: integration.data?.id as string } },
      body: typeBody as typeof storeVisit,
    })
    expect(type.response.status).toBe(201)
    return { connectif, typeId: type.data?.id as string }
  }
  const seedMaria = () =>
    target()
      .connectif()
      .PATCH('/contacts/email/{email}', {
        params: { path: { email: 'maria.garcia@example.com' } },
        body: { _name: 'María' },
      })
  const post = (path: string, body: unknown) =>
    target().fetchConnectif(path, {
      method: 'POST',
      headers: {
        authorization: `apiKey ${target().sandbox.defaultAccount.keys.connectif}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    })

  it('receives an event by alias for an existing contact (201) and keeps what arrived', async () => {
    target().sandbox.clock.freeze(T0)
    const { connectif, typeId } = await setUp()
    const contact = (await seedMaria()).data
    const sent = await connectif.POST('/custom-events/alias/{alias}', {
      params: { path: { alias: 'store-visit' } },
      body: visit,
    })
    expect(sent.response.status).toBe(201)
    expect(sent.data).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      eventTypeId: typeId,
      contactId: contact?.id,
      createdAt: '2026-03-01T08:00:00.000Z',
    })
    const received = [...target().sandbox.connectif.receivedCustomEvents.all()]
    expect(received).toEqual([
      {
        ...sent.data,
        accountId: target().sandbox.defaultAccount.account.id,
        payload: visit,
      },
    ])
  })

  it('receives an event by type id, with only the required fields', async () => {
    const { connectif, typeId } = await setUp()
    await seedMaria()
    const sent = await connectif.POST('/custom-events/id/{id}', {
      params: { path: { id: typeId } },
      body: { email: 'maria.garcia@example.com', storeName: 'Valencia - Colón' },
    })
    expect(sent.response.status).toBe(201)
    expect(sent.data?.eventTypeId).toBe(typeId)
  })

  it('answers 400 E0501 for an unknown contact by default, and stores nothing', async () => {
    const { connectif, typeId } = await setUp()
    for (const sent of [
      await connectif.POST('/custom-events/alias/{alias}', {
        params: { path: { alias: 'store-visit' } },
        body: visit,
      }),
      await connectif.POST('/custom-events/id/{id}', {
        params: { path: { id: typeId }, query: { createContact: false } },
        body: visit,
      }),
    ]) {
      expect(sent.response.status).toBe(400)
      expect(sent.error).toEqual({
        status: 400,
        title: 'Bad Request',
        detail: 'Contact does not exist.',
        code: 'E0501',
      })
    }
    expect(target().sandbox.connectif.receivedCustomEvents.size).toBe(0)
    expect(target().sandbox.connectif.contacts.size).toBe(0)
  })

  it('creates the contact with createContact=true and attaches the event to it', async () => {
    const { connectif } = await setUp()
    const sent = await connectif.POST('/custom-events/alias/{alias}', {
      params: { path: { alias: 'store-visit' }, query: { createContact: true } },
      body: visit,
    })
    expect(sent.response.status).toBe(201)
    const contact = await connectif.GET('/contacts/email/{email}', {
      params: { path: { email: 'maria.garcia@example.com' } },
    })
    expect(contact.response.status).toBe(200)
    expect(contact.data).toMatchObject({
      id: sent.data?.contactId,
      _email: 'maria.garcia@example.com',
      _totalPurchases: 0,
    })
  })

  it.each([
    [
      'an unknown field',
      { ...visit, couponCode: 'X1' },
      [{ name: 'couponCode', path: '/couponCode', reason: 'is not a field of this event type' }],
    ],
    [
      'missing required fields',
      { ticketAmount: 1 },
      [
        { name: 'email', path: '/email', reason: 'is required' },
        { name: 'storeName', path: '/storeName', reason: 'is required' },
      ],
    ],
    [
      'values of the wrong type',
      {
        ...visit,
        storeName: 7,
        ticketAmount: '42',
        items: 2.5,
        firstVisit: 'no',
        visitDate: 'yesterday',
      },
      [
        { name: 'storeName', path: '/storeName', reason: 'must be a string' },
        { name: 'ticketAmount', path: '/ticketAmount', reason: 'must be a number' },
        { name: 'items', path: '/items', reason: 'must be an integer' },
        { name: 'firstVisit', path: '/firstVisit', reason: 'must be a boolean' },
        { name: 'visitDate', path: '/visitDate', reason: 'must be an ISO 8601 date' },
      ],
    ],
    [
      'options outside the field options',
      { ...visit, visitReason: 'browse', sections: ['kids'] },
      [
        { name: 'visitReason', path: '/visitReason', reason: 'must be one of purchase, return' },
        { name: 'sections', path: '/sections', reason: 'must be among men, women' },
      ],
    ],
    [
      'a primary key that is not an email',
      { ...visit, email: 'maria' },
      [{ name: 'email', path: '/email', reason: 'must be an email address' }],
    ],
  ])('answers 422 with validationErrors for %s', async (_, body, validationErrors) => {
    await setUp()
    await seedMaria()
    const response = await post('/custom-events/alias/store-visit?createContact=true', body)
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({
      status: 422,
      title: 'Unprocessable entity',
      detail: 'One or more validation error occurred.',
      validationErrors,
    })
    expect(target().sandbox.connectif.receivedCustomEvents.size).toBe(0)
  })

  it('answers 404 for an unknown alias or type id, and for a type of another account', async () => {
    const { typeId } = await setUp()
    const notFound = { status: 404, title: 'Not Found', detail: 'Custom event type not found.' }
    for (const path of [
      '/custom-events/alias/nope',
      '/custom-events/id/000000000000000000000000',
    ]) {
      const response = await post(path, visit)
      expect([response.status, await response.json()]).toEqual([404, notFound])
    }
    const other = target().connectif(
      target().sandbox.accounts.create({ name: 'shop-b' }).keys.connectif,
    )
    const byAlias = await other.POST('/custom-events/alias/{alias}', {
      params: { path: { alias: 'store-visit' }, query: { createContact: true } },
      body: visit,
    })
    const byId = await other.POST('/custom-events/id/{id}', {
      params: { path: { id: typeId }, query: { createContact: true } },
      body: visit,
    })
    expect([byAlias.response.status, byId.response.status]).toEqual([404, 404])
  })

  it('answers 400 when the event type is of the send category', async () => {
    const { typeId } = await setUp({
      name: 'Enviar push Reskyt',
      category: 'send',
      webhookUrl: 'https://app.reskyt.com/api/push',
      fields: [{ id: 'title', name: 'title', type: 'text', required: true }],
    })
    const response = await post(`/custom-events/id/${typeId}`, { title: 'Hola' })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      status: 400,
      title: 'Bad Request',
      detail: `Custom event type ${typeId} is of category send; only receive event types accept events.`,
    })
  })

  it('answers 400 for a receive type without an email primary key', async () => {
    const { typeId } = await setUp({
      name: 'Web',
      category: 'receive',
      alias: 'web-visit',
      receiveType: 'web',
      fields: [{ id: 'page', name: 'Page', type: 'text' }],
    })
    const response = await post('/custom-events/alias/web-visit', { page: '/home' })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      status: 400,
      title: 'Bad Request',
      detail: `Custom event type ${typeId} has no email primary key field, so it cannot receive events through the API.`,
    })
  })

  it('answers 413 for an event over 512 KB', async () => {
    await setUp()
    await seedMaria()
    const response = await post('/custom-events/alias/store-visit', {
      ...visit,
      storeName: 'x'.repeat(512 * 1024),
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({
      status: 413,
      title: 'Payload Too Large',
      detail: 'Maximum allowed size is 512Kb.',
    })
  })
})
