/** A consumer's Vitest test: the zero-config handlers intercept the real Connectif host. */
import { createConnectifClient } from 'martech-sandbox'
import { handlers, sandbox } from 'martech-sandbox/msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'

const server = setupServer(...handlers)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => sandbox.reset())
afterAll(() => server.close())

test('a contact upserted at https://api.connectif.cloud reads back', async () => {
  const connectif = createConnectifClient({ apiKey: sandbox.defaultAccount.keys.connectif ?? '' })
  const email = 'ana@example.com'
  const upsert = await connectif.PATCH('/contacts/email/{email}', {
    params: { path: { email } },
    body: { _name: 'Ana' },
  })
  expect(upsert.response.status).toBe(201) // created
  const { data } = await connectif.GET('/contacts/email/{email}', { params: { path: { email } } })
  expect(data?._name).toBe('Ana')
  expect(sandbox.journal.list({ service: 'connectif' })).toHaveLength(2)
})
