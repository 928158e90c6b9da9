/**
 * The admin API is served like the services, from openapi/admin.yaml: validated (422 naming the
 * JSON path), one error shape, one settings pattern for every service; never journaled or
 * faulted; reachable in process wherever the server's would be.
 */
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSandbox } from '../../mocks/create-sandbox.ts'
import { createHandlers } from '../../mocks/msw/create-handlers.ts'
import { createAdminClient } from '../../src/clients/admin.ts'
import { targetsWithData } from '../support/targets.ts'
import { useTarget } from '../support/use-target.ts'

describe.each(targetsWithData)('the admin API, %s', (_, createTarget) => {
  const target = useTarget(createTarget)
  const adminUrl = () =>
    `${target()
      .serviceUrl('connectif')
      .replace(/\/connectif$/, '')}/__admin`
  const admin = () => createAdminClient({ baseUrl: adminUrl() })

  it('answers an unknown body field 422, naming it by its JSON path', async () => {
    const response = await fetch(`${adminUrl()}/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nmae: 'shop-a', rateLimits: { connectif: 0 } }),
    })
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({
      error:
        '[martech-sandbox] Failed to validate "POST /__admin/accounts": $.nmae is not allowed.',
      issues: [
        { in: 'body', path: '$.nmae', reason: 'is not allowed' },
        { in: 'body', path: '$.rateLimits.connectif', reason: 'must be >= 1' },
      ],
    })
    expect(target().sandbox.accounts.list()).toHaveLength(1)
  })

  it('reads and changes every service’s settings of an account through one pattern', async () => {
    const { data: created } = await admin().POST('/accounts', {
      body: { name: 'shop-a', settings: { hellotext: { generation: 'current' } } },
    })
    const id = created?.id as string
    const path = { params: { path: { id } } }
    const { data: fresh } = await admin().GET('/accounts/{id}/settings', path)
    expect(fresh).toEqual({
      connectif: expect.objectContaining({ store: {}, allowedDomains: [] }),
      hellotext: expect.objectContaining({ generation: 'current' }),
      reskyt: { apiActivated: true },
    })
    const { data: changed } = await admin().PATCH('/accounts/{id}/settings', {
      ...path,
      body: {
        connectif: { store: { name: 'Shop A' }, allowedDomains: ['https://shop.example.com'] },
        reskyt: { apiActivated: false },
      },
    })
    expect(changed?.connectif).toMatchObject({
      store: { name: 'Shop A' },
      allowedDomains: ['https://shop.example.com'],
    })
    expect(changed?.reskyt).toEqual({ apiActivated: false })
    expect(changed?.hellotext.generation).toBe('current')
    const store = await target().connectif(created?.keys.connectif).GET('/store/')
    expect(store.data).toMatchObject({
      name: 'Shop A',
      allowedDomains: ['https://shop.example.com'],
    })
  })

  it('answers an unknown account 404 in the admin error shape', async () => {
    const { error, response } = await admin().GET('/accounts/{id}/settings', {
      params: { path: { id: 'acct_nope' } },
    })
    expect(response.status).toBe(404)
    expect(error).toEqual({
      error: '[martech-sandbox] Failed to find "account acct_nope": no such account.',
    })
  })

  it('keeps admin calls out of the journal, and no fault rule applies to them', async () => {
    await admin().POST('/faults', { body: { status: 503 } })
    const { data: clock, response } = await admin().GET('/clock')
    expect(response.status).toBe(200)
    expect(clock?.frozen).toBe(false)
    const { data } = await admin().GET('/requests')
    expect(data?.requests).toEqual([])
  })
})

describe('the admin API in process, with one origin for every service', () => {
  const sandbox = createSandbox({ baseUrl: 'http://localhost:4010' })
  const server = setupServer(...createHandlers(sandbox))
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  afterAll(() => server.close())

  it('answers at <baseUrl>/__admin, as the server does', async () => {
    const admin = createAdminClient({ baseUrl: 'http://localhost:4010/__admin' })
    const { data, response } = await admin.GET('/accounts')
    expect(response.status).toBe(200)
    expect(data?.accounts.map((account) => account.name)).toEqual(['default'])
    expect((await fetch('http://localhost:4010/__admin/nope')).status).toBe(404)
  })
})
