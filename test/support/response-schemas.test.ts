import { describe, expect, it } from 'vitest'
import { createSandbox } from '../../mocks/create-sandbox.ts'
import { watchResponses } from './response-schemas.ts'

const connectifKey = (sandbox: ReturnType<typeof createSandbox>) =>
  sandbox.defaultAccount.keys.connectif as string

function get(sandbox: ReturnType<typeof createSandbox>, path: string) {
  return sandbox.dispatch({
    service: 'connectif',
    method: 'GET',
    path,
    query: new URLSearchParams(),
    headers: { authorization: `apiKey ${connectifKey(sandbox)}` },
    baseUrl: 'https://api.connectif.cloud',
    adminUrl: 'https://api.connectif.cloud/__admin',
  })
}

describe('watchResponses', () => {
  it('passes answers that match their documented schema, success and error alike', async () => {
    const sandbox = createSandbox()
    const watch = watchResponses(sandbox)
    await get(sandbox, '/contacts/email/nobody@example.com') // 404 HttpError
    await get(sandbox, '/exports/') // 200 ExportList
    expect(watch.take()).toEqual([])
    watch.stop()
  })

  it('names an answer whose body breaks its documented schema', async () => {
    const sandbox = createSandbox()
    const watch = watchResponses(sandbox)
    // A fault that answers a documented status with a body the spec does not allow.
    sandbox.faults.add({ operationId: 'listExports', status: 200, body: { results: 'none' } })
    await get(sandbox, '/exports/')
    expect(watch.take()).toEqual([
      {
        service: 'connectif',
        operationId: 'listExports',
        status: 200,
        detail: expect.stringMatching(/application\/json body breaks .*\$\.results must be array/),
      },
    ])
    watch.stop()
  })

  it('names an answer in a media type the spec does not document for that status', async () => {
    const sandbox = createSandbox()
    const watch = watchResponses(sandbox)
    sandbox.faults.add({ operationId: 'listExports', status: 200, body: 'plain text' })
    await get(sandbox, '/exports/')
    expect(watch.take()).toEqual([
      expect.objectContaining({
        operationId: 'listExports',
        detail: 'answered text/plain, the spec documents application/json',
      }),
    ])
  })

  it('leaves a status the operation does not document to the status tests', async () => {
    const sandbox = createSandbox()
    const watch = watchResponses(sandbox)
    sandbox.faults.add({ operationId: 'listExports', status: 503 })
    await get(sandbox, '/exports/')
    expect(watch.take()).toEqual([])
  })
})
