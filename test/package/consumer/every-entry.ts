/**
 * A consumer's file using every public entry point by its published name: `tsc --noEmit` of this
 * file, against the installed tarball, under `nodenext` and `bundler` resolution, must pass.
 */
import {
  type ConnectifClient,
  createConnectifClient,
  createHellotextClient,
  createReskytClient,
  crmReply,
  type JivoWebhookEvent,
  parseJivoWebhook,
  RESKYT_PUSH_PATH,
} from 'martech-sandbox'
import { type CheckReport, formatCheck } from 'martech-sandbox/contracts'
import { jivo } from 'martech-sandbox/jivochat'
import { createHandlers, sandbox as defaultSandbox, handlers } from 'martech-sandbox/msw'
import { createSandbox, type Sandbox } from 'martech-sandbox/sandbox'
import { type RunningServer, startServer } from 'martech-sandbox/server'
import { setupServer } from 'msw/node'

/** Contracts: what `martech-sandbox contracts check` prints for a report. */
export function describeCheck(report: CheckReport): string {
  return formatCheck(report)
}

export async function useEveryEntry(): Promise<string> {
  const sandbox: Sandbox = createSandbox({ seed: 7 })
  const server = setupServer(...createHandlers(sandbox), ...handlers)
  const connectif: ConnectifClient = createConnectifClient({
    apiKey: sandbox.defaultAccount.keys.connectif ?? '',
    retryOn429: { clock: sandbox.clock },
  })
  const { data, error } = await connectif.GET('/contacts/email/{email}', {
    params: { path: { email: 'ana@example.com' } },
  })
  const email: string | undefined = error !== undefined ? undefined : data._email
  createHellotextClient({ token: defaultSandbox.defaultAccount.keys.hellotext ?? '' })
  createReskytClient({ apiKey: 'key' })
  const running: RunningServer = await startServer({ port: 0 })
  await running.close()
  server.close()
  const parsed = parseJivoWebhook('{}')
  const event: JivoWebhookEvent | undefined = parsed.data
  return `${email}${RESKYT_PUSH_PATH}${crmReply().result}${jivo.events.length}${event?.event_name}`
}
