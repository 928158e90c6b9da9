/**
 * Runs one README example as a user would after `npm install martech-sandbox msw`: MSW's
 * zero-config handlers intercept the real hosts, the example's `process.env` keys are the
 * default sandbox account's, and a module that exports `POST` (the JivoChat CRM endpoint) is
 * called with a webhook the simulator generates. Exits non-zero when the example throws or
 * answers what the README says it would not.
 */
import { pathToFileURL } from 'node:url'
import { jivo } from 'martech-sandbox/jivochat'
import { handlers, sandbox } from 'martech-sandbox/msw'
import { setupServer } from 'msw/node'

const server = setupServer(...handlers)
// Requests to other hosts (a server the example starts itself) go to the network.
server.listen({ onUnhandledFrame: 'bypass' })
const keys = sandbox.defaultAccount.keys
process.env.CONNECTIF_API_KEY = keys.connectif
process.env.HELLOTEXT_TOKEN = keys.hellotext
process.env.RESKYT_API_KEY = keys.reskyt
try {
  const example = await import(pathToFileURL(process.argv[2] as string).href)
  if (typeof example.POST === 'function') {
    for (const name of ['chat_accepted', 'chat_finished'] as const) {
      const body = JSON.stringify(jivo.generate(name, { seed: 1 }))
      const response: Response = await example.POST(
        new Request('http://crm.test/jivo', { method: 'POST', body }),
      )
      const reply = await response.json()
      if (response.status !== 200 || reply.result !== 'ok')
        throw new Error(`POST answered ${response.status} ${JSON.stringify(reply)} to ${name}`)
    }
  }
} finally {
  server.close()
}
