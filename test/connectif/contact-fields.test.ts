import { describe, expect, it } from 'vitest'
import { BUILT_IN_CONTACT_FIELDS } from '../../mocks/connectif/contact-fields/contact-fields.ts'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

const reskytToken = { id: 'reskyt-token', name: 'reskyt-token', type: 'text' as const }
const invalid = (name: string, reason: string) => ({
  status: 422,
  title: 'Unprocessable entity',
  detail: 'One or more validation error occurred.',
  validationErrors: [{ name, path: `/${name}`, reason }],
})

describe.each(targets)('Connectif contact fields, %s', (_, createTarget) => {
  const target = useTarget(createTarget)

  it('creates a custom field (201, custom: true) and reads it back by id', async () => {
    const connectif = target().connectif()
    const created = await connectif.POST('/contact-fields/', { body: reskytToken })
    expect(created.response.status).toBe(201)
    const want = { ...reskytToken, custom: true, readOnly: false, required: false }
    expect(created.data).toEqual(want)
    const read = await connectif.GET('/contact-fields/{id}', {
      params: { path: { id: 'reskyt-token' } },
    })
    expect(read.response.status).toBe(200)
    expect(read.data).toEqual(want)
  })

  it('lists the built-in fields first, then the custom ones, paged by limit and offset', async () => {
    const connectif = target().connectif()
    for (const id of ['shoe-size', 'vip', 'tags[0]', 'zone', 'z_last'])
      await connectif.POST('/contact-fields/', { body: { id, name: id, type: 'text' } })
    const first = await connectif.GET('/contact-fields/')
    expect(first.response.status).toBe(200)
    expect(first.data?.results.map((f) => f.id)).toEqual([
      ...BUILT_IN_CONTACT_FIELDS.map((f) => f.id),
      'shoe-size',
      'vip',
      'tags[0]',
      'zone',
    ])
    expect(first.data?.results[0]).toEqual({
      id: '_email',
      name: 'Email',
      type: 'email',
      custom: false,
      readOnly: false,
      required: true,
    })
    expect(first.data?.links).toEqual({
      next: `${target().connectifUrl}/contact-fields/?limit=20&offset=20`,
    })
    const second = await connectif.GET('/contact-fields/', {
      params: { query: { limit: 20, offset: 20 } },
    })
    expect(second.data?.results.map((f) => f.id)).toEqual(['z_last'])
    expect(second.data?.links).toEqual({
      prev: `${target().connectifUrl}/contact-fields/?limit=20&offset=0`,
    })
  })

  it.each([
    ['the reserved id "id"', { id: 'id', name: 'x', type: 'text' }, invalid('id', 'is reserved')],
    [
      'an id that does not start with a letter',
      { id: '1st', name: 'x', type: 'text' },
      invalid('id', 'must match pattern "^[A-Za-z][A-Za-z0-9_\\-\\[\\]]*$"'),
    ],
    [
      'an id with a space',
      { id: 'shoe size', name: 'x', type: 'text' },
      invalid('id', 'must match pattern "^[A-Za-z][A-Za-z0-9_\\-\\[\\]]*$"'),
    ],
    [
      'an id of 151 characters',
      { id: `a${'b'.repeat(150)}`, name: 'x', type: 'text' },
      invalid('id', 'must NOT have more than 150 characters'),
    ],
    [
      'a required field without defaultValue',
      { id: 'vip', name: 'VIP', type: 'boolean', required: true },
      invalid('defaultValue', 'is required when required is true'),
    ],
    [
      'a defaultValue on an email field',
      { id: 'work-email', name: 'Work email', type: 'email', defaultValue: 'a@b.es' },
      invalid('defaultValue', 'is not allowed for email fields'),
    ],
    [
      'a defaultValue on a phone field',
      { id: 'landline', name: 'Landline', type: 'phone', defaultValue: '+34910000000' },
      invalid('defaultValue', 'is not allowed for phone fields'),
    ],
    [
      'a defaultValue of the wrong type',
      { id: 'size', name: 'Size', type: 'integer', required: true, defaultValue: 'XL' },
      invalid('defaultValue', 'must be an integer'),
    ],
    [
      'a defaultValue outside the options',
      {
        id: 'shoe-size',
        name: 'Shoe size',
        type: 'radio',
        defaultValue: '45',
        options: [{ id: '40', label: '40' }],
      },
      invalid('defaultValue', 'must be one of 40'),
    ],
  ])('answers 422 naming the field for %s, and stores nothing', async (_, body, want) => {
    const response = await target().fetchConnectif('/contact-fields/', {
      method: 'POST',
      headers: {
        authorization: `apiKey ${target().sandbox.defaultAccount.keys.connectif}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    })
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual(want)
    expect(target().sandbox.connectif.contactFields.size).toBe(0)
  })

  it('accepts a required field with a valid default, and an email field required without one', async () => {
    const connectif = target().connectif()
    const vip = await connectif.POST('/contact-fields/', {
      body: { id: 'vip', name: 'VIP', type: 'boolean', required: true, defaultValue: false },
    })
    expect(vip.response.status).toBe(201)
    expect(vip.data).toMatchObject({ required: true, defaultValue: false, custom: true })
    const email = await connectif.POST('/contact-fields/', {
      body: { id: 'work-email', name: 'Work email', type: 'email', required: true },
    })
    expect(email.response.status).toBe(201)
  })

  it('answers 422 for an id already taken by a custom field of the account', async () => {
    const connectif = target().connectif()
    await connectif.POST('/contact-fields/', { body: reskytToken })
    const again = await connectif.POST('/contact-fields/', {
      body: { ...reskytToken, name: 'Dup' },
    })
    expect(again.response.status).toBe(422)
    expect(again.error).toEqual(invalid('id', 'is already used by contact field reskyt-token'))
  })

  it("keeps accounts apart: another account neither sees nor collides with the account's fields", async () => {
    const { sandbox } = target()
    await target().connectif().POST('/contact-fields/', { body: reskytToken })
    const other = target().connectif(sandbox.accounts.create({ name: 'shop-b' }).keys.connectif)
    const read = await other.GET('/contact-fields/{id}', {
      params: { path: { id: 'reskyt-token' } },
    })
    expect(read.response.status).toBe(404)
    const list = await other.GET('/contact-fields/', { params: { query: { limit: 100 } } })
    expect(list.data?.results).toHaveLength(BUILT_IN_CONTACT_FIELDS.length)
    const created = await other.POST('/contact-fields/', { body: reskytToken })
    expect(created.response.status).toBe(201)
  })

  it('reads a built-in field, and answers 404 for an unknown one', async () => {
    const connectif = target().connectif()
    const points = await connectif.GET('/contact-fields/{id}', {
      params: { path: { id: '_points' } },
    })
    expect(points.data).toEqual({
      id: '_points',
      name: 'Points',
      type: 'integer',
      custom: false,
      readOnly: false,
      required: false,
    })
    const missing = await connectif.GET('/contact-fields/{id}', {
      params: { path: { id: 'nope' } },
    })
    expect(missing.response.status).toBe(404)
    expect(missing.error).toEqual({
      status: 404,
      title: 'Not Found',
      detail: 'Contact field not found.',
    })
  })

  it("deletes a custom field (204) with the contacts' values for it", async () => {
    const connectif = target().connectif()
    const email = { params: { path: { email: 'ana@example.com' } } }
    await connectif.POST('/contact-fields/', { body: reskytToken })
    await connectif.PATCH('/contacts/email/{email}', {
      ...email,
      body: { _name: 'Ana', 'reskyt-token': 'device-1' },
    })
    const removed = await connectif.DELETE('/contact-fields/{id}', {
      params: { path: { id: 'reskyt-token' } },
    })
    expect(removed.response.status).toBe(204)
    const contact = (await connectif.GET('/contacts/email/{email}', email)).data
    expect(contact?._name).toBe('Ana')
    expect(contact).not.toHaveProperty('reskyt-token')
    const again = await connectif.DELETE('/contact-fields/{id}', {
      params: { path: { id: 'reskyt-token' } },
    })
    expect(again.response.status).toBe(404)
    expect(again.error).toEqual({
      status: 404,
      title: 'Not Found',
      detail: 'Contact field not found.',
    })
  })

  it('refuses to delete a built-in field with a 400 HttpError', async () => {
    const removed = await target()
      .connectif()
      .DELETE('/contact-fields/{id}', { params: { path: { id: '_email' } } })
    expect(removed.response.status).toBe(400)
    expect(removed.error).toEqual({
      status: 400,
      title: 'Bad Request',
      detail: 'Contact field _email is a built-in field and cannot be deleted.',
    })
  })
})
