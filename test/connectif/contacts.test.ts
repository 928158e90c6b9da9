import { describe, expect, it } from 'vitest'
import { targetsWithData } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

describe.each(targetsWithData)('Connectif contacts, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const email = { params: { path: { email: 'ana@example.com' } } }

  it('creates a contact on the first PATCH (201) and updates it on the next (200)', async () => {
    const connectif = target().connectif()
    const created = await connectif.PATCH('/contacts/email/{email}', {
      ...email,
      body: { _name: 'Ana', _newsletterSubscriptionStatus: 'subscribed' },
    })
    expect(created.response.status).toBe(201)
    expect(created.data).toMatchObject({
      _email: 'ana@example.com',
      _name: 'Ana',
      _totalPurchases: 0,
    })
    expect(created.data?.id).toMatch(/^[0-9a-f]{24}$/)
    const updated = await connectif.PATCH('/contacts/email/{email}', {
      ...email,
      body: { _surname: 'López' },
    })
    expect(updated.response.status).toBe(200)
    expect(updated.data).toMatchObject({ id: created.data?.id, _name: 'Ana', _surname: 'López' })
  })

  it('serves both path generations and finds emails case-insensitively', async () => {
    const connectif = target().connectif()
    await connectif.PATCH('/contacts/{email}', {
      params: { path: { email: 'Ana@Example.COM' } },
      body: { _name: 'Ana' },
    })
    const byNew = await connectif.GET('/contacts/email/{email}', email)
    const byOld = await connectif.GET('/contacts/{email}', email)
    expect(byNew.data?._name).toBe('Ana')
    expect(byOld.data).toEqual(byNew.data)
  })

  it('upserts, reads and deletes by external id, and keeps the two keys linked', async () => {
    const connectif = target().connectif()
    const path = { params: { path: { externalId: 'cust-42' } } }
    const created = await connectif.PATCH('/contacts/external-id/{externalId}', {
      ...path,
      body: { _email: 'ana@example.com', _name: 'Ana' },
    })
    expect(created.response.status).toBe(201)
    expect((await connectif.GET('/contacts/email/{email}', email)).data?._externalId).toBe(
      'cust-42',
    )
    const removed = await connectif.DELETE('/contacts/external-id/{externalId}', path)
    expect(removed.response.status).toBe(204)
    const gone = await connectif.GET('/contacts/email/{email}', email)
    expect(gone.response.status).toBe(404)
    expect(gone.error).toEqual({ status: 404, title: 'Not Found', detail: 'Contact not found.' })
  })

  it('stores and returns a custom field once the account defines it', async () => {
    const { sandbox } = target()
    sandbox.connectif.contactFields.insert({
      accountId: sandbox.defaultAccount.account.id,
      id: 'reskyt-token',
      name: 'Reskyt token',
      type: 'text',
      custom: true,
    })
    const connectif = target().connectif()
    await connectif.PATCH('/contacts/email/{email}', {
      ...email,
      body: { 'reskyt-token': '5d41402abc4b2a76b9719d911017c592' },
    })
    expect((await connectif.GET('/contacts/email/{email}', email)).data?.['reskyt-token']).toBe(
      '5d41402abc4b2a76b9719d911017c592',
    )
  })

  it('answers 422 naming an unknown custom field, and stores nothing', async () => {
    const connectif = target().connectif()
    const { error, response } = await connectif.PATCH('/contacts/email/{email}', {
      ...email,
      body: { 'reskyt-tokn': 'x' },
    })
    expect(response.status).toBe(422)
    expect(error).toEqual({
      status: 422,
      title: 'Unprocessable entity',
      detail: 'One or more validation error occurred.',
      validationErrors: [
        {
          name: 'reskyt-tokn',
          path: '/reskyt-tokn',
          reason: 'unknown contact field "reskyt-tokn"; create it with POST /contact-fields/ first',
        },
      ],
    })
    expect((await connectif.GET('/contacts/email/{email}', email)).response.status).toBe(404)
  })

  it('answers 422 naming a bad enum value, from the spec', async () => {
    const response = await target().sendConnectif('PATCH', '/contacts/email/ana%40example.com', {
      _emailStatus: 'sleepy',
    })
    expect(response.status).toBe(422)
    const body = await response.json()
    expect(body.validationErrors).toContainEqual({
      name: '_emailStatus',
      path: '/_emailStatus',
      reason: 'must be equal to one of the allowed values',
    })
  })

  it('answers 400 HttpError for a body that is not JSON', async () => {
    const response = await target().sendConnectif(
      'PATCH',
      '/contacts/email/ana%40example.com',
      '{"_name": ',
    )
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      status: 400,
      title: 'Bad Request',
      detail: expect.stringMatching(/^invalid json/),
    })
  })

  it('refuses an _externalId that another contact holds', async () => {
    const connectif = target().connectif()
    await connectif.PATCH('/contacts/email/{email}', {
      params: { path: { email: 'bob@example.com' } },
      body: { _externalId: 'cust-1' },
    })
    const { error, response } = await connectif.PATCH('/contacts/email/{email}', {
      ...email,
      body: { _externalId: 'cust-1' },
    })
    expect(response.status).toBe(422)
    expect(error).toMatchObject({
      validationErrors: [
        {
          name: '_externalId',
          path: '/_externalId',
          reason: expect.stringContaining('already used'),
        },
      ],
    })
  })

  it('never shows one account’s contacts to another account', async () => {
    const { sandbox } = target()
    await target()
      .connectif()
      .PATCH('/contacts/email/{email}', { ...email, body: { _name: 'Ana' } })
    const other = sandbox.accounts.create({ name: 'shop-b' })
    const { response } = await target()
      .connectif(other.keys.connectif)
      .GET('/contacts/email/{email}', email)
    expect(response.status).toBe(404)
  })
})
