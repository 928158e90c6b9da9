import { describe, expect, it } from 'vitest'
import type { Target } from '../support/targets.ts'
import { targetsWithData } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

const T0 = Date.parse('2026-03-02T09:00:00.000Z')
const at = (ms: number) => new Date(T0 + ms).toISOString()

interface ImportFields {
  type?: string
  delimiter?: string
  overrideExisting?: boolean
  updateOnlyEmptyFields?: boolean
  couponSetId?: string
}

/** The multipart form a client sends; booleans travel as "true"/"false". */
function importForm(fields: ImportFields, csv: string): FormData {
  const form = new FormData()
  const { type = 'contacts', delimiter = ',', overrideExisting = true } = fields
  const { updateOnlyEmptyFields = false } = fields
  form.set('type', type)
  form.set('delimiter', delimiter)
  form.set('overrideExisting', String(overrideExisting))
  form.set('updateOnlyEmptyFields', String(updateOnlyEmptyFields))
  if (fields.couponSetId) form.set('couponSetId', fields.couponSetId)
  form.set('file', new File([csv], 'import.csv', { type: 'text/csv' }))
  return form
}

function postImport(target: Target, form: FormData) {
  // openapi-fetch sends a FormData body as is, letting fetch set the multipart boundary.
  return target.connectif().POST('/imports/', { body: form as never })
}

function getImport(target: Target, id: string) {
  return target.connectif().GET('/imports/{id}', { params: { path: { id } } })
}

/** Where this transport serves the admin API (the error report lives there). */
function adminUrl(target: Target): string {
  return `${target.connectifUrl.replace(/\/connectif$/, '')}/__admin`
}

const contactsCsv = (count: number) => {
  let csv = '_email,_name\n'
  for (let i = 0; i < count; i++) csv += `user${i}@example.com,User ${i}\n`
  return csv
}

describe.each(targetsWithData)('Connectif imports, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const freeze = () => target().sandbox.clock.freeze(T0)

  it('answers 201 with the queued Import resource', async () => {
    freeze()
    const { data, response } = await postImport(
      target(),
      importForm({}, '_email,_name\nana@example.com,Ana\nbea@example.com,Bea\n'),
    )
    expect(response.status).toBe(201)
    expect(data).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      type: 'contacts',
      status: 'queued',
      origin: 'api',
      options: { delimiter: ',', overrideExisting: true, updateOnlyEmptyFields: false },
      total: 2,
      success: 0,
      errors: 0,
      createdAt: at(0),
    })
  })

  it('moves queued → inProgress → finished at 20,000 rows per second of sandbox time', async () => {
    freeze()
    const { clock } = target().sandbox
    const { data } = await postImport(target(), importForm({}, contactsCsv(30_000)))
    const id = data?.id as string
    clock.advance('999ms')
    expect((await getImport(target(), id)).data).toMatchObject({ status: 'queued', success: 0 })
    clock.advance('1ms')
    expect((await getImport(target(), id)).data).toMatchObject({
      status: 'inProgress',
      startedAt: at(1000),
      success: 0,
    })
    clock.advance('500ms')
    expect((await getImport(target(), id)).data).toMatchObject({
      status: 'inProgress',
      success: 10_000,
    })
    clock.advance('1s')
    const finished = (await getImport(target(), id)).data
    expect(finished).toMatchObject({
      status: 'finished',
      total: 30_000,
      success: 30_000,
      errors: 0,
      startedAt: at(1000),
      finishedAt: at(2500),
    })
    expect(finished).not.toHaveProperty('errorReportFileUrl')
    expect(target().sandbox.connectif.contacts.size).toBe(30_000)
  })

  it('runs an account’s imports one at a time, each starting 1 s after the previous one ended', async () => {
    freeze()
    const first = (await postImport(target(), importForm({}, contactsCsv(20_000)))).data
    const second = (await postImport(target(), importForm({}, contactsCsv(1)))).data
    target().sandbox.clock.advance('10s')
    expect((await getImport(target(), first?.id as string)).data).toMatchObject({
      startedAt: at(1000),
      finishedAt: at(2000),
    })
    expect((await getImport(target(), second?.id as string)).data).toMatchObject({
      status: 'finished',
      startedAt: at(3000),
      finishedAt: at(3001),
    })
  })

  it('counts bad rows in errors, lands the good ones and serves the error report', async () => {
    freeze()
    const csv = [
      '_email,_name,_points',
      'Ana@Example.com,Ana,3',
      'not-an-email,Bob,1',
      'carl@example.com,Carl,many',
      ',Nobody,2',
      'dora@example.com,"Dora, the explorer",',
    ].join('\n')
    const { data } = await postImport(target(), importForm({}, csv))
    target().sandbox.clock.advance('2s')
    const { data: job } = await getImport(target(), data?.id as string)
    const reportUrl = `${adminUrl(target())}/connectif/imports/${data?.id}/errors.csv`
    expect(job).toMatchObject({
      status: 'finished',
      total: 5,
      success: 2,
      errors: 3,
      errorReportFileUrl: reportUrl,
    })
    const connectif = target().connectif()
    const ana = await connectif.GET('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
    })
    expect(ana.data).toMatchObject({ _email: 'ana@example.com', _name: 'Ana', _points: 3 })
    expect(ana.data?._createdAt).toBe(at(1001))
    const dora = await connectif.GET('/contacts/email/{email}', {
      params: { path: { email: 'dora@example.com' } },
    })
    expect(dora.data?._name).toBe('Dora, the explorer')
    expect(dora.data).not.toHaveProperty('_points')
    const carl = await connectif.GET('/contacts/email/{email}', {
      params: { path: { email: 'carl@example.com' } },
    })
    expect(carl.response.status).toBe(404)

    const report = await fetch(reportUrl)
    expect(report.status).toBe(200)
    expect(report.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(await report.text()).toBe(
      [
        'row,reason',
        '2,"_email ""not-an-email"" is not a valid email"',
        '3,_points must be an integer',
        '4,_email is required',
        '',
      ].join('\n'),
    )
  })

  it('reads ";"-delimited files with custom fields, checkbox values split on "|"', async () => {
    freeze()
    const { sandbox } = target()
    const accountId = sandbox.defaultAccount.account.id
    sandbox.connectif.contactFields.insert({
      accountId,
      id: 'reskyt-token',
      name: 'Reskyt token',
      type: 'text',
      custom: true,
    })
    sandbox.connectif.contactFields.insert({
      accountId,
      id: 'interests',
      name: 'Interests',
      type: 'checkbox',
      custom: true,
      options: [
        { id: 'running', label: 'Running' },
        { id: 'cycling', label: 'Cycling' },
      ],
    })
    const csv = [
      '_email;_name;reskyt-token;interests;_newsletterSubscriptionStatus',
      'maria.garcia@example.com;María;3f2a9c7e;running|cycling;subscribed',
      'luis@example.com;Luis;;chess;none',
      'eva@example.com;Eva;;;maybe',
    ].join('\n')
    const { data } = await postImport(target(), importForm({ delimiter: ';' }, csv))
    expect(data?.options?.delimiter).toBe(';')
    sandbox.clock.advance('2s')
    expect((await getImport(target(), data?.id as string)).data).toMatchObject({
      success: 1,
      errors: 2,
    })
    const maria = await target()
      .connectif()
      .GET('/contacts/email/{email}', { params: { path: { email: 'maria.garcia@example.com' } } })
    expect(maria.data).toMatchObject({
      _name: 'María',
      'reskyt-token': '3f2a9c7e',
      interests: ['running', 'cycling'],
      _newsletterSubscriptionStatus: 'subscribed',
    })
    const report = await (
      await fetch(`${adminUrl(target())}/connectif/imports/${data?.id}/errors.csv`)
    ).text()
    expect(report).toBe(
      'row,reason\n2,"interests must be among running, cycling"\n3,"_newsletterSubscriptionStatus must be one of subscribed, unsubscribed, none"\n',
    )
  })

  it('leaves existing contacts untouched when overrideExisting is false, still counting the row', async () => {
    freeze()
    const connectif = target().connectif()
    await connectif.PATCH('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
      body: { _name: 'Ana' },
    })
    const csv = '_email,_name,_surname\nana@example.com,Anita,López\nbea@example.com,Bea,Ruiz\n'
    const { data } = await postImport(target(), importForm({ overrideExisting: false }, csv))
    target().sandbox.clock.advance('2s')
    expect((await getImport(target(), data?.id as string)).data).toMatchObject({
      status: 'finished',
      success: 2,
      errors: 0,
    })
    const ana = await connectif.GET('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
    })
    expect(ana.data?._name).toBe('Ana')
    expect(ana.data).not.toHaveProperty('_surname')
    const bea = await connectif.GET('/contacts/email/{email}', {
      params: { path: { email: 'bea@example.com' } },
    })
    expect(bea.data).toMatchObject({ _name: 'Bea', _surname: 'Ruiz' })
  })

  it('fills only empty fields with updateOnlyEmptyFields, and overwrites without it', async () => {
    freeze()
    const connectif = target().connectif()
    const email = { params: { path: { email: 'ana@example.com' } } }
    await connectif.PATCH('/contacts/email/{email}', { ...email, body: { _name: 'Ana' } })
    const csv = '_email,_name,_surname\nana@example.com,Anita,López\n'
    const first = await postImport(target(), importForm({ updateOnlyEmptyFields: true }, csv))
    target().sandbox.clock.advance('2s')
    // Polling the import, as a client does, plays it forward to the sandbox clock.
    expect((await getImport(target(), first.data?.id as string)).data?.status).toBe('finished')
    expect((await connectif.GET('/contacts/email/{email}', email)).data).toMatchObject({
      _name: 'Ana',
      _surname: 'López',
    })
    const second = await postImport(
      target(),
      importForm({}, '_email,_name,_surname\nana@example.com,Anita,\n'),
    )
    target().sandbox.clock.advance('2s')
    expect((await getImport(target(), second.data?.id as string)).data?.success).toBe(1)
    expect((await connectif.GET('/contacts/email/{email}', email)).data).toMatchObject({
      _name: 'Anita',
      _surname: 'López',
    })
  })

  it('answers 422 when updateOnlyEmptyFields is true without overrideExisting', async () => {
    const { error, response } = await postImport(
      target(),
      importForm({ overrideExisting: false, updateOnlyEmptyFields: true }, '_email\na@b.co\n'),
    )
    expect(response.status).toBe(422)
    expect(error).toEqual({
      status: 422,
      title: 'Unprocessable entity',
      detail: 'One or more validation error occurred.',
      validationErrors: [
        {
          name: 'updateOnlyEmptyFields',
          path: '/updateOnlyEmptyFields',
          reason: 'may be true only if overrideExisting is true',
        },
      ],
    })
  })

  it('answers 422 naming each bad header, and queues nothing', async () => {
    const { error, response } = await postImport(
      target(),
      importForm({}, '_name,favourite,_totalPurchases,_name\nAna,x,3,Ana\n'),
    )
    expect(response.status).toBe(422)
    expect(error).toEqual({
      status: 422,
      title: 'Unprocessable entity',
      detail: 'One or more validation error occurred.',
      validationErrors: [
        { name: 'file', path: '/file', reason: 'column "_name" appears more than once' },
        { name: 'file', path: '/file', reason: 'the header row needs an "_email" column' },
        {
          name: 'file',
          path: '/file',
          reason:
            'column "favourite" is not a contact field; create it with POST /contact-fields/ first',
        },
        {
          name: 'file',
          path: '/file',
          reason: 'column "_totalPurchases" is a read-only contact field',
        },
      ],
    })
    expect((await target().connectif().GET('/imports/')).data?.results).toEqual([])
  })

  it('answers 422 for a file that is not valid CSV', async () => {
    const { error, response } = await postImport(
      target(),
      importForm({}, '_email,_name\n"ana@example.com,Ana\n'),
    )
    expect(response.status).toBe(422)
    expect(error).toEqual({
      status: 422,
      title: 'Unprocessable entity',
      detail: 'One or more validation error occurred.',
      validationErrors: [
        {
          name: 'file',
          path: '/file',
          reason:
            'is not valid CSV: Quote Not Closed: the parsing is finished with an opening quote at line 2',
        },
      ],
    })
  })

  it('imports products by productId, parsing numbers and "|" lists', async () => {
    freeze()
    const csv = [
      'productId,name,unitPrice,inStockUnits,categories,tags,availability',
      'KB-1,Mechanical keyboard,89.9,12,Pc/Keyboards|Offers,new|rgb,instock',
      'KB-2,Mouse,cheap,3,,,instock',
      'KB-3,Monitor,199,1,,,sold',
    ].join('\n')
    const { data, response } = await postImport(target(), importForm({ type: 'products' }, csv))
    expect(response.status).toBe(201)
    target().sandbox.clock.advance('2s')
    expect((await getImport(target(), data?.id as string)).data).toMatchObject({
      type: 'products',
      status: 'finished',
      success: 1,
      errors: 2,
    })
    const product = await target()
      .connectif()
      .GET('/products/product-id/{productId}', { params: { path: { productId: 'KB-1' } } })
    expect(product.data).toMatchObject({
      productId: 'KB-1',
      name: 'Mechanical keyboard',
      unitPrice: 89.9,
      inStockUnits: 12,
      categories: ['Pc/Keyboards', 'Offers'],
      tags: ['new', 'rgb'],
      availability: 'instock',
      createdAt: at(1001),
    })
    const report = await (
      await fetch(`${adminUrl(target())}/connectif/imports/${data?.id}/errors.csv`)
    ).text()
    expect(report).toBe(
      'row,reason\n2,unitPrice must be a number\n3,"availability must be one of instock, outofstock"\n',
    )
  })

  it('answers 400 E0401 to the 11th unfinished import of the account', async () => {
    freeze()
    for (let i = 0; i < 10; i++) {
      const { response } = await postImport(target(), importForm({}, contactsCsv(1)))
      expect(response.status).toBe(201)
    }
    const { error, response } = await postImport(target(), importForm({}, contactsCsv(1)))
    expect(response.status).toBe(400)
    expect(error).toEqual({
      status: 400,
      title: 'Bad Request',
      detail: 'Limit of 10 queued imports reached. Wait until some of them are finished.',
      code: 'E0401',
    })
    // Another account has its own queue.
    const other = target().sandbox.accounts.create({ name: 'shop-b' })
    const { response: otherResponse } = await target()
      .connectif(other.keys.connectif)
      .POST('/imports/', { body: importForm({}, contactsCsv(1)) as never })
    expect(otherResponse.status).toBe(201)
    // Once the first job has run, there is room again.
    target().sandbox.clock.advance('1001ms')
    expect((await postImport(target(), importForm({}, contactsCsv(1)))).response.status).toBe(201)
  })

  it('answers 415 HttpError to a body that is not multipart', async () => {
    const response = await target().sendConnectif('POST', '/imports/', { type: 'contacts' })
    expect(response.status).toBe(415)
    expect(await response.json()).toEqual({
      status: 415,
      title: 'Unsupported Media Type',
      detail: 'Request without multipart/form-data Content-Type header',
    })
  })

  it('answers 422 naming the missing type', async () => {
    const form = importForm({}, '_email\na@b.co\n')
    form.delete('type')
    const { error, response } = await postImport(target(), form)
    expect(response.status).toBe(422)
    expect(error).toEqual({
      status: 422,
      title: 'Unprocessable entity',
      detail: 'One or more validation error occurred.',
      validationErrors: [{ name: 'type', path: '/type', reason: 'is required' }],
    })
  })

  it('lists imports newest first, paged by limit and offset', async () => {
    freeze()
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      const { data } = await postImport(target(), importForm({}, contactsCsv(1)))
      ids.push(data?.id as string)
    }
    const connectif = target().connectif()
    const first = await connectif.GET('/imports/', { params: { query: { limit: 2 } } })
    expect(first.data?.results.map((job) => job.id)).toEqual([ids[2], ids[1]])
    expect(first.data?.links).toEqual({
      next: `${target().connectifUrl}/imports/?limit=2&offset=2`,
    })
    expect(first.data?.results[0]).not.toHaveProperty('pendingRows')
    const second = await connectif.GET('/imports/', {
      params: { query: { limit: 2, offset: 2 } },
    })
    expect(second.data?.results.map((job) => job.id)).toEqual([ids[0]])
    expect(second.data?.links).toEqual({
      prev: `${target().connectifUrl}/imports/?limit=2&offset=0`,
    })
  })

  it('cancels a queued import on DELETE, removes an ended one, and answers 404 after', async () => {
    freeze()
    const connectif = target().connectif()
    const { data } = await postImport(target(), importForm({}, contactsCsv(5)))
    const path = { params: { path: { id: data?.id as string } } }
    target().sandbox.clock.advance('500ms')
    expect((await connectif.DELETE('/imports/{id}', path)).response.status).toBe(204)
    target().sandbox.clock.advance('5s')
    expect((await connectif.GET('/imports/{id}', path)).data).toMatchObject({
      status: 'cancelled',
      cancelledAt: at(500),
      success: 0,
    })
    expect(target().sandbox.connectif.contacts.size).toBe(0)
    expect((await connectif.DELETE('/imports/{id}', path)).response.status).toBe(204)
    const gone = await connectif.GET('/imports/{id}', path)
    expect(gone.response.status).toBe(404)
    expect(gone.error).toEqual({ status: 404, title: 'Not Found', detail: 'Import not found.' })
    expect((await connectif.DELETE('/imports/{id}', path)).response.status).toBe(404)
  })

  it('never shows one account’s imports to another account', async () => {
    const { data } = await postImport(target(), importForm({}, contactsCsv(1)))
    const other = target().sandbox.accounts.create({ name: 'shop-b' })
    const { response } = await target()
      .connectif(other.keys.connectif)
      .GET('/imports/{id}', { params: { path: { id: data?.id as string } } })
    expect(response.status).toBe(404)
  })
})
