import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { ERROR_MESSAGES, VALIDATION_DETAIL } from '../../mocks/connectif/errors.ts'
import { loadFixtures } from '../../mocks/server/load-fixtures.ts'
import type { Target } from '../support/targets.ts'
import { targets } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

const T0 = Date.parse('2026-03-10T12:00:00.000Z')

/** Reads the stored (uncompressed) entries of a ZIP by walking its local file headers. */
function readZip(bytes: Uint8Array): Record<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const files: Record<string, string> = {}
  let at = 0
  while (view.getUint32(at, true) === 0x04034b50) {
    expect(view.getUint16(at + 8, true)).toBe(0) // stored
    const size = view.getUint32(at + 18, true)
    const nameLength = view.getUint16(at + 26, true)
    const extraLength = view.getUint16(at + 28, true)
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength))
    const start = at + 30 + nameLength + extraLength
    files[name] = new TextDecoder().decode(bytes.subarray(start, start + size))
    at = start + size
  }
  return files
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}'

/** The one entry whose name matches `pattern` (a regex source, anchored), parsed as CSV records. */
function csvEntry(entries: Record<string, string>, pattern: string, delimiter = ',') {
  const names = Object.keys(entries).filter((name) => new RegExp(`^${pattern}$`).test(name))
  expect(names).toHaveLength(1)
  const text = entries[names[0] as string] as string
  return { name: names[0] as string, text, records: parse(text, { delimiter }) as string[][] }
}

async function download(url: string) {
  const response = await fetch(url)
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  }
}

describe.each(targets)('Connectif exports, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const start = (t: Target) => t.sandbox.clock.freeze(T0)

  const seedContacts = async () => {
    const connectif = target().connectif()
    await connectif.POST('/contact-fields/', {
      body: { id: 'shoe-size', name: 'Shoe size', type: 'text' },
    })
    await connectif.PATCH('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
      body: { _name: 'Ana', _birthdate: '1990-05-17T10:00:00.000Z', 'shoe-size': '38' },
    })
    await connectif.PATCH('/contacts/email/{email}', {
      params: { path: { email: 'luis@example.com' } },
      body: { _name: 'Luis; "el de Madrid"', _points: 12 },
    })
    return connectif
  }

  it('queues a contacts export, runs it, and serves its rows as a ZIP of CSV', async () => {
    start(target())
    const connectif = await seedContacts()
    const created = await connectif.POST('/exports/', {
      body: { exportType: 'contacts', delimiter: ';', dateFormat: 'L' },
    })
    expect(created.response.status).toBe(201)
    const id = created.data?.id as string
    expect(created.data).toEqual({
      id,
      exportType: 'contacts',
      status: 'queued',
      progress: 0,
      total: 0,
      filters: {},
      origin: 'api',
      createdAt: '2026-03-10T12:00:00.000Z',
      delimiter: ';',
      dateFormat: 'L',
      version: 'v1',
    })
    const path = { params: { path: { id } } }

    target().sandbox.clock.advance('7s')
    const running = await connectif.GET('/exports/{id}', path)
    expect(running.data).toMatchObject({ status: 'inProgress', total: 2, progress: 0 })
    expect(running.data).not.toHaveProperty('fileUrl')

    target().sandbox.clock.advance('3s')
    const finished = await connectif.GET('/exports/{id}', path)
    expect(finished.data).toMatchObject({
      status: 'finished',
      progress: 2,
      total: 2,
      finishedAt: '2026-03-10T12:00:10.000Z',
      fileName: 'export-contacts-2026-03-10',
      fileExtension: 'zip',
    })
    const adminUrl = target().connectifUrl.replace(/\/connectif$/, '')
    expect(finished.data?.fileUrl).toMatch(
      new RegExp(`^${adminUrl}/__admin/connectif/exports/${id}/file\\?token=[A-Za-z0-9]{32}$`),
    )

    const file = await download(finished.data?.fileUrl as string)
    expect(file.status).toBe(200)
    expect(file.contentType).toBe('application/zip')
    const entries = readZip(file.bytes)
    expect(Object.keys(entries)).toHaveLength(1)
    const csv = csvEntry(entries, `export-contacts-${UUID}\\.csv`, ';')
    // Every value quoted, LF line ends, as real export files are written.
    expect(csv.text.split('\n')[1]).toMatch(/^"ana@example\.com";"";"Ana";/)
    expect(csv.text).not.toContain('\r')
    const [columns = [], ...rows] = csv.records
    expect(columns.slice(0, 4)).toEqual(['_email', '_externalId', '_name', '_surname'])
    expect(columns.at(-1)).toBe('shoe-size')
    const byColumn = (row: string[]) => Object.fromEntries(columns.map((c, i) => [c, row[i]]))
    expect(rows).toHaveLength(2)
    expect(byColumn(rows[0] as string[])).toMatchObject({
      _email: 'ana@example.com',
      _name: 'Ana',
      _birthdate: '05/17/1990',
      'shoe-size': '38',
      _totalPurchases: '0',
    })
    expect(byColumn(rows[1] as string[])).toMatchObject({
      _email: 'luis@example.com',
      _name: 'Luis; "el de Madrid"',
      _points: '12',
      _birthdate: '',
    })
  })

  it('gives a new fileUrl on every GET, each valid for 100 minutes of sandbox time', async () => {
    start(target())
    const connectif = target().connectif()
    const created = await connectif.POST('/exports/', { body: { exportType: 'contacts' } })
    const path = { params: { path: { id: created.data?.id as string } } }
    target().sandbox.clock.advance('11s')
    const first = (await connectif.GET('/exports/{id}', path)).data?.fileUrl as string
    target().sandbox.clock.advance('2m')
    const second = (await connectif.GET('/exports/{id}', path)).data?.fileUrl as string
    expect(second).not.toBe(first)
    expect((await download(first)).status).toBe(200)
    expect((await download(second)).status).toBe(200)

    target().sandbox.clock.advance('99m')
    const firstExpired = await download(first)
    expect(firstExpired.status).toBe(403)
    expect(JSON.parse(new TextDecoder().decode(firstExpired.bytes))).toEqual({
      status: 403,
      title: 'Forbidden',
      detail: 'The download link is invalid or has expired.',
    })
    expect((await download(second)).status).toBe(200)
    target().sandbox.clock.advance('101m')
    expect((await download(second)).status).toBe(403)
    const fresh = (await connectif.GET('/exports/{id}', path)).data?.fileUrl as string
    expect((await download(fresh)).status).toBe(200)
  })

  it('answers 403 for an unknown token and for a link of a deleted export', async () => {
    start(target())
    const connectif = target().connectif()
    const created = await connectif.POST('/exports/', { body: { exportType: 'contacts' } })
    const path = { params: { path: { id: created.data?.id as string } } }
    target().sandbox.clock.advance('11s')
    const url = (await connectif.GET('/exports/{id}', path)).data?.fileUrl as string
    expect((await download(url.replace(/token=.*/, 'token=forged'))).status).toBe(403)
    expect((await download(url.replace(/token=.*/, ''))).status).toBe(403)
    expect((await connectif.DELETE('/exports/{id}', path)).response.status).toBe(204)
    expect((await download(url)).status).toBe(403)
    const gone = await connectif.GET('/exports/{id}', path)
    expect(gone.response.status).toBe(404)
    expect(gone.error).toEqual({ status: 404, title: 'Not Found', detail: 'Export not found.' })
    const again = await connectif.DELETE('/exports/{id}', path)
    expect(again.response.status).toBe(404)
  })

  it('answers E0301 on the sixth queued export, and accepts again once one is deleted or starts', async () => {
    start(target())
    const connectif = target().connectif()
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      const created = await connectif.POST('/exports/', { body: { exportType: 'contacts' } })
      expect(created.response.status).toBe(201)
      ids.push(created.data?.id as string)
    }
    const sixth = await connectif.POST('/exports/', { body: { exportType: 'contacts' } })
    expect(sixth.response.status).toBe(400)
    expect(sixth.error).toEqual({
      status: 400,
      title: 'Bad Request',
      detail: ERROR_MESSAGES.E0301(),
      code: 'E0301',
    })
    const explorer = await connectif.POST('/exports/type/data-explorer', {
      body: { filters: { reportId: 'r1', fromDate: '2026-03-01', toDate: '2026-03-02' } },
    })
    expect(explorer.response.status).toBe(400)

    await connectif.DELETE('/exports/{id}', { params: { path: { id: ids[0] as string } } })
    const afterDelete = await connectif.POST('/exports/', { body: { exportType: 'contacts' } })
    expect(afterDelete.response.status).toBe(201)
    expect(
      (await connectif.POST('/exports/', { body: { exportType: 'contacts' } })).response.status,
    ).toBe(400)

    target().sandbox.clock.advance('5s')
    const afterStart = await connectif.POST('/exports/', { body: { exportType: 'contacts' } })
    expect(afterStart.response.status).toBe(201)
  })

  it('exports the purchases of the range as activities, in the chosen date format', async () => {
    start(target())
    const connectif = target().connectif()
    await connectif.PATCH('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
      body: {},
    })
    await connectif.PATCH('/products/product-id/{productId}', {
      params: { path: { productId: 'KB-1' } },
      body: { name: 'Keyboard', unitPrice: 10, productDetailUrl: 'https://shop.example.com/kb' },
    })
    const buy = (purchaseId: string, purchaseDate: string, totalPrice: number) =>
      connectif.POST('/purchases/', {
        body: {
          purchaseId,
          purchaseDate,
          contactEmail: 'ana@example.com',
          totalPrice,
          totalQuantity: 1,
          products: [
            {
              productId: 'KB-1',
              name: 'Keyboard',
              quantity: 1,
              price: totalPrice,
              unitPrice: totalPrice,
              productDetailUrl: 'https://shop.example.com/kb',
            },
          ],
        },
      })
    await buy('ORD-2', '2026-02-20T09:30:00.000Z', 20)
    await buy('ORD-1', '2026-02-03T17:05:00.000Z', 10.5)
    await buy('ORD-OLD', '2026-01-10T00:00:00.000Z', 99)
    const created = await connectif.POST('/exports/', {
      body: {
        exportType: 'activities',
        dateFormat: 'LLL',
        filters: {
          fromDate: '2026-02-01T00:00:00.000Z',
          toDate: '2026-02-28T23:59:59.999Z',
          activityTypes: ['purchase', 'email-open'],
        },
      },
    })
    expect(created.response.status).toBe(201)
    expect(created.data?.filters).toEqual({
      fromDate: '2026-02-01T00:00:00.000Z',
      toDate: '2026-02-28T23:59:59.999Z',
      activityTypes: ['purchase', 'email-open'],
    })
    target().sandbox.clock.advance('10s')
    const done = await connectif.GET('/exports/{id}', {
      params: { path: { id: created.data?.id as string } },
    })
    expect(done.data).toMatchObject({
      status: 'finished',
      total: 2,
      fileName: 'export-activities-2026-03-10',
    })
    const entries = readZip((await download(done.data?.fileUrl as string)).bytes)
    const activities = csvEntry(entries, `export-activities-(${UUID})\\.csv`)
    const uuid = activities.name.slice('export-activities-'.length, -'.csv'.length)
    // Dates in the store's timezone (Europe/Madrid by default), English long format.
    expect(activities.text).toBe(
      [
        '"type","date","contactEmail","purchaseId","totalPrice"',
        '"purchase","February 3, 2026 6:05 PM","ana@example.com","ORD-1","10.5"',
        '"purchase","February 20, 2026 10:30 AM","ana@example.com","ORD-2","20"',
        '',
      ].join('\n'),
    )
    // The purchased lines beside them, named after the same export.
    expect(entries[`export-activities-${uuid}-products.csv`]).toBe(
      [
        '"purchaseId","productId","name","quantity","price"',
        '"ORD-1","KB-1","Keyboard","1","10.5"',
        '"ORD-2","KB-1","Keyboard","1","20"',
        '',
      ].join('\n'),
    )
    expect(Object.keys(entries)).toHaveLength(2)
  })

  it('exports no activity rows when activityTypes leaves purchases out', async () => {
    start(target())
    const connectif = target().connectif()
    const created = await connectif.POST('/exports/', {
      body: {
        exportType: 'activities',
        filters: {
          fromDate: '2026-02-01T00:00:00.000Z',
          toDate: '2026-02-02T00:00:00.000Z',
          activityTypes: ['email-open'],
        },
      },
    })
    target().sandbox.clock.advance('10s')
    const done = await connectif.GET('/exports/{id}', {
      params: { path: { id: created.data?.id as string } },
    })
    expect(done.data).toMatchObject({ status: 'finished', total: 0, progress: 0 })
  })

  it.each([
    [
      'a range over 31 days',
      { fromDate: '2026-01-01T00:00:00.000Z', toDate: '2026-02-01T00:00:00.001Z' },
      '/filters/toDate',
      'must be at most 31 days after filters.fromDate',
    ],
    [
      'a toDate before fromDate',
      { fromDate: '2026-02-01T00:00:00.000Z', toDate: '2026-01-31T00:00:00.000Z' },
      '/filters/toDate',
      'must not be before filters.fromDate',
    ],
  ])('answers 422 for an activities export with %s', async (_, filters, path, reason) => {
    const created = await target()
      .connectif()
      .POST('/exports/', { body: { exportType: 'activities', filters } })
    expect(created.response.status).toBe(422)
    expect(created.error).toEqual({
      status: 422,
      title: 'Unprocessable entity',
      detail: VALIDATION_DETAIL,
      validationErrors: [{ name: path.split('/').at(-1), path, reason }],
    })
    expect(target().sandbox.connectif.exports.size).toBe(0)
  })

  it('accepts an activities range of exactly 31 days', async () => {
    const created = await target()
      .connectif()
      .POST('/exports/', {
        body: {
          exportType: 'activities',
          filters: { fromDate: '2026-01-01T00:00:00.000Z', toDate: '2026-02-01T00:00:00.000Z' },
        },
      })
    expect(created.response.status).toBe(201)
  })

  it('answers 422 naming filters.toDate for an activities export without toDate', async () => {
    const response = await target().fetchConnectif('/exports/', {
      method: 'POST',
      headers: {
        authorization: `apiKey ${target().sandbox.defaultAccount.keys.connectif}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        exportType: 'activities',
        filters: { fromDate: '2026-01-01T00:00:00.000Z' },
      }),
    })
    expect(response.status).toBe(422)
    const body = await response.json()
    expect(body).toMatchObject({ status: 422, detail: VALIDATION_DETAIL })
    expect(body.validationErrors).toEqual([
      { name: 'toDate', path: '/filters/toDate', reason: 'is required' },
    ])
    expect(target().sandbox.connectif.exports.size).toBe(0)
  })

  it("queues a data-explorer export and writes each day's purchases, named like Connectif's files", async () => {
    start(target())
    const connectif = target().connectif()
    await connectif.PATCH('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
      body: {},
    })
    const bought = await connectif.POST('/purchases/', {
      body: {
        purchaseId: 'ORD-9',
        purchaseDate: '2026-02-28T20:00:00.000Z',
        contactEmail: 'ana@example.com',
        totalPrice: 42.5,
        totalQuantity: 1,
        products: [],
      },
    })
    expect(bought.response.status).toBe(201)
    const created = await connectif.POST('/exports/type/data-explorer', {
      body: {
        delimiter: ';',
        filters: { reportId: 'rep-1', fromDate: '2026-02-27', toDate: '2026-03-02' },
      },
    })
    expect(created.response.status).toBe(201)
    expect(created.data).toEqual({
      id: created.data?.id,
      exportType: 'data-explorer',
      status: 'queued',
      progress: 0,
      total: 0,
      filters: { reportId: 'rep-1', fromDate: '2026-02-27', toDate: '2026-03-02' },
      origin: 'api',
      createdAt: '2026-03-10T12:00:00.000Z',
      delimiter: ';',
    })
    target().sandbox.clock.advance('10s')
    const done = await connectif.GET('/exports/{id}', {
      params: { path: { id: created.data?.id as string } },
    })
    const entries = readZip((await download(done.data?.fileUrl as string)).bytes)
    const report = csvEntry(entries, `Purchases-20260227-20260302-${UUID}\\.csv`, ';')
    expect(report.text).toBe(
      [
        '"date";"purchases";"totalPrice"',
        '"2026-02-27";"0";"0"',
        '"2026-02-28";"1";"42.5"',
        '"2026-03-01";"0";"0"',
        '"2026-03-02";"0";"0"',
        '',
      ].join('\n'),
    )
  })

  it.each([
    [
      '32 days',
      '2026-01-01',
      '2026-02-01',
      '/filters/toDate',
      'must be at most 31 days after filters.fromDate',
    ],
    [
      'reversed dates',
      '2026-02-01',
      '2026-01-31',
      '/filters/toDate',
      'must not be before filters.fromDate',
    ],
    [
      'a date that is not YYYY-MM-DD',
      '2026/01/01',
      '2026-01-05',
      '/filters/fromDate',
      'must match format "date"',
    ],
  ])(
    'answers 422 for a data-explorer export over %s',
    async (_, fromDate, toDate, path, reason) => {
      const response = await target().fetchConnectif('/exports/type/data-explorer', {
        method: 'POST',
        headers: {
          authorization: `apiKey ${target().sandbox.defaultAccount.keys.connectif}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ filters: { reportId: 'r', fromDate, toDate } }),
      })
      expect(response.status).toBe(422)
      expect(await response.json()).toEqual({
        status: 422,
        title: 'Unprocessable entity',
        detail: VALIDATION_DETAIL,
        validationErrors: [{ name: path.split('/').at(-1), path, reason }],
      })
    },
  )

  it('accepts a data-explorer range of exactly 31 days', async () => {
    const created = await target()
      .connectif()
      .POST('/exports/type/data-explorer', {
        body: { filters: { reportId: 'r', fromDate: '2026-01-01', toDate: '2026-01-31' } },
      })
    expect(created.response.status).toBe(201)
  })

  it("lists the account's exports newest first, and hides them from other accounts", async () => {
    start(target())
    const connectif = target().connectif()
    const first = await connectif.POST('/exports/', { body: { exportType: 'contacts' } })
    target().sandbox.clock.advance('1s')
    const second = await connectif.POST('/exports/type/data-explorer', {
      body: { filters: { reportId: 'r', fromDate: '2026-01-01', toDate: '2026-01-02' } },
    })
    target().sandbox.clock.advance('9s') // the first has finished, the second runs
    const list = await connectif.GET('/exports/')
    expect(list.response.status).toBe(200)
    expect(list.data?.links).toEqual({})
    expect(list.data?.results.map((e) => [e.id, e.status])).toEqual([
      [second.data?.id, 'inProgress'],
      [first.data?.id, 'finished'],
    ])
    expect(list.data?.results[1]?.fileUrl).toContain('/__admin/connectif/exports/')

    const other = target().connectif(
      target().sandbox.accounts.create({ name: 'shop-b' }).keys.connectif,
    )
    expect((await other.GET('/exports/')).data?.results).toEqual([])
    const foreign = await other.GET('/exports/{id}', {
      params: { path: { id: first.data?.id as string } },
    })
    expect(foreign.response.status).toBe(404)
  })

  it('answers a malformed segmentId with the 422 the real API gives: name, JSON-pointer path, reason', async () => {
    const created = await target()
      .connectif()
      .POST('/exports/', {
        body: { exportType: 'contacts', filters: { segmentId: 'notAnObjectId' } },
      })
    expect(created.response.status).toBe(422)
    expect(created.error).toEqual({
      status: 422,
      title: 'Unprocessable entity',
      detail: 'One or more validation error occurred.',
      validationErrors: [
        { name: 'segmentId', path: '/filters/segmentId', reason: 'Value is not valid' },
      ],
    })
    expect(target().sandbox.connectif.exports.size).toBe(0)
  })

  it('lists a malformed fromDate once, though the spec checks the range in two places', async () => {
    const created = await target()
      .connectif()
      .POST('/exports/', {
        body: {
          exportType: 'activities',
          filters: { fromDate: 'last monday', toDate: '2026-03-01T00:00:00.000Z' },
        },
      })
    expect(created.response.status).toBe(422)
    expect(created.error).toMatchObject({
      validationErrors: [
        { name: 'fromDate', path: '/filters/fromDate', reason: 'must match format "date-time"' },
      ],
    })
  })

  it("exports only the segment's contacts and their activities, from a segment a fixture defines", async () => {
    start(target())
    const segmentId = '643e76bfc1d60cb6ca7832fb'
    loadFixtures(target().sandbox, {
      accounts: [
        {
          name: 'default',
          connectif: {
            contacts: [{ _email: 'ana@example.com' }, { _email: 'luis@example.com' }],
            segments: [{ id: segmentId, name: 'VIP', contacts: ['Ana@Example.com'] }],
          },
        },
      ],
    })
    const connectif = target().connectif()
    for (const [purchaseId, contactEmail] of [
      ['ORD-A', 'ana@example.com'],
      ['ORD-L', 'luis@example.com'],
    ] as const)
      await connectif.POST('/purchases/', {
        body: {
          purchaseId,
          contactEmail,
          purchaseDate: '2026-03-05T10:00:00.000Z',
          totalPrice: 5,
          totalQuantity: 1,
          products: [],
        },
      })
    const contacts = await connectif.POST('/exports/', {
      body: { exportType: 'contacts', filters: { segmentId } },
    })
    const activities = await connectif.POST('/exports/', {
      body: {
        exportType: 'activities',
        filters: { segmentId, fromDate: '2026-03-01', toDate: '2026-03-09' },
      },
    })
    const unknown = await connectif.POST('/exports/', {
      body: { exportType: 'contacts', filters: { segmentId: 'aaaaaaaaaaaaaaaaaaaaaaaa' } },
    })
    target().sandbox.clock.advance('10s')
    const read = async (id: string | undefined) => {
      const done = await connectif.GET('/exports/{id}', { params: { path: { id: id as string } } })
      return readZip((await download(done.data?.fileUrl as string)).bytes)
    }
    const contactRecords = csvEntry(await read(contacts.data?.id), `export-contacts-${UUID}\\.csv`)
    expect(contactRecords.records.slice(1).map((row) => row[0])).toEqual(['ana@example.com'])
    const activityRecords = csvEntry(
      await read(activities.data?.id),
      `export-activities-${UUID}\\.csv`,
    )
    expect(activityRecords.records.slice(1).map((row) => row[3])).toEqual(['ORD-A'])
    // A well-formed id the sandbox has no segment for: nothing to export.
    const none = csvEntry(await read(unknown.data?.id), `export-contacts-${UUID}\\.csv`)
    expect(none.records).toHaveLength(1)
  })

  it("reads date-only activity bounds as whole days in the store's timezone", async () => {
    start(target())
    const connectif = target().connectif()
    await connectif.PATCH('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
      body: {},
    })
    // Europe/Madrid (the default store timezone) is UTC+1 in March until the 29th.
    for (const [purchaseId, purchaseDate] of [
      ['BEFORE', '2026-02-28T22:59:59.000Z'], // 23:59:59 on 28 Feb in Madrid
      ['FIRST', '2026-02-28T23:00:00.000Z'], // 00:00 on 1 Mar in Madrid
      ['LAST', '2026-03-10T22:59:59.000Z'], // 23:59:59 on 10 Mar in Madrid
      ['AFTER', '2026-03-10T23:00:00.000Z'],
    ] as const)
      await connectif.POST('/purchases/', {
        body: {
          purchaseId,
          purchaseDate,
          contactEmail: 'ana@example.com',
          totalPrice: 1,
          totalQuantity: 1,
          products: [],
        },
      })
    const created = await connectif.POST('/exports/', {
      body: { exportType: 'activities', filters: { fromDate: '2026-03-01', toDate: '2026-03-10' } },
    })
    expect(created.response.status).toBe(201)
    expect(created.data?.filters).toEqual({ fromDate: '2026-03-01', toDate: '2026-03-10' })
    target().sandbox.clock.advance('10s')
    const done = await connectif.GET('/exports/{id}', {
      params: { path: { id: created.data?.id as string } },
    })
    const csv = csvEntry(
      readZip((await download(done.data?.fileUrl as string)).bytes),
      `export-activities-${UUID}\\.csv`,
    )
    expect(csv.records.slice(1).map((row) => row[3])).toEqual(['FIRST', 'LAST'])
    // 1 to 31 March is 31 whole days; 1 March to 1 April is 32.
    const month = await connectif.POST('/exports/', {
      body: { exportType: 'activities', filters: { fromDate: '2026-03-01', toDate: '2026-03-31' } },
    })
    expect(month.response.status).toBe(201)
    const tooLong = await connectif.POST('/exports/', {
      body: { exportType: 'activities', filters: { fromDate: '2026-03-01', toDate: '2026-04-01' } },
    })
    expect(tooLong.response.status).toBe(422)
  })
})
