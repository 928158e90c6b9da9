/** The simulator and the reference CRM in one process through MSW: no socket, the sandbox host. */
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createSandbox } from '../../mocks/create-sandbox.ts'
import { jivo } from '../../mocks/jivochat/index.ts'
import { createHandlers } from '../../mocks/msw/create-handlers.ts'

const sandbox = createSandbox()
const server = setupServer(...createHandlers(sandbox))
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

it('plays a conversation against https://jivochat.sandbox.local/crm, intercepted by MSW', async () => {
  const conversation = await jivo.conversation({ to: `${sandbox.baseUrls.jivochat}/crm`, seed: 8 })
  expect(conversation.reports.map((report) => report.outcome)).toEqual(['ok', 'ok', 'ok', 'ok'])
  const crmLink = conversation.reports[0]?.agentView?.crmLinkButton as string
  expect(crmLink).toMatch(
    /^https:\/\/jivochat\.sandbox\.local\/__admin\/jivochat\/crm\/leads\/lead-1$/,
  )
  expect((await (await fetch(crmLink)).json()).title).toMatch(/^JivoChat #\d+ - /)
  expect(sandbox.jivochat.crm.transcripts.size).toBe(1)
})
