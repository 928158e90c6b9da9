/** The published entry points, used as an integrator would: `martech-sandbox/msw` and `.`. */

import { createConnectifClient } from 'martech-sandbox'
import { createHandlers, handlers, sandbox } from 'martech-sandbox/msw'
import { createSandbox } from 'martech-sandbox/sandbox'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

describe('martech-sandbox/msw zero-config handlers', () => {
  const server = setupServer(...handlers)
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  afterEach(() => sandbox.reset())
  afterAll(() => server.close())

  it('intercepts an unmodified client that calls the real host', async () => {
    const connectif = createConnectifClient({
      apiKey: sandbox.defaultAccount.keys.connectif as string,
    })
    const { response } = await connectif.PATCH('/contacts/email/{email}', {
      params: { path: { email: 'ana@example.com' } },
      body: { _name: 'Ana' },
    })
    expect(response.status).toBe(201)
    expect(response.url).toBe('https://api.connectif.cloud/contacts/email/ana%40example.com')
    expect(sandbox.connectif.contacts.size).toBe(1)
  })

  it('serves the admin API on the service host too', async () => {
    const response = await fetch('https://api.connectif.cloud/__admin/accounts')
    expect(response.status).toBe(200)
    expect((await response.json()).accounts[0].name).toBe('default')
  })
})

describe('createSandbox({ baseUrl })', () => {
  const rebased = createSandbox({ baseUrl: 'http://localhost:4010' })
  const server = setupServer(...createHandlers(rebased))
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  afterAll(() => server.close())

  it('rebases every service under one origin, the layout of `serve`', async () => {
    expect(rebased.baseUrls.connectif).toBe('http://localhost:4010/connectif')
    const connectif = createConnectifClient({
      apiKey: rebased.defaultAccount.keys.connectif as string,
      baseUrl: rebased.baseUrls.connectif,
    })
    const { response } = await connectif.GET('/contacts/email/{email}', {
      params: { path: { email: 'a@b.co' } },
    })
    expect(response.status).toBe(404)
  })
})
