/** A "no answer" fault in process (MSW): the fetch waits until its own signal gives up, then fails. */
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createSandbox } from '../../mocks/create-sandbox.ts'
import { createHandlers } from '../../mocks/msw/index.ts'

const sandbox = createSandbox()
const server = setupServer(...createHandlers(sandbox))
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

it('holds the request until the client’s timeout, then the fetch fails; the next is answered', async () => {
  sandbox.faults.add({ service: 'reskyt', noAnswer: true, times: 1 })
  const push = (signal?: AbortSignal) =>
    fetch('https://app.reskyt.com/api/v2/push', {
      method: 'POST',
      headers: {
        'x-api-key': sandbox.defaultAccount.keys.reskyt ?? '',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ title: 'Hi', tokens: ['5d41402abc4b2a76b9719d911017c592'] }),
      signal,
    })
  await expect(push(AbortSignal.timeout(200))).rejects.toThrow()
  expect(sandbox.journal.list({ limit: 1 })[0]?.status).toBe(0)
  expect((await push()).status).not.toBe(0)
})
