/**
 * The two ways an integrator reaches the sandbox, as test targets: in-process through MSW (the
 * client calls the real host, unmodified) and over HTTP through `martech-sandbox serve`'s server.
 * Behaviour tests run against both, so the adapters are proven to agree.
 */

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setupServer } from 'msw/node'
import { createSandbox, type Sandbox, type SandboxOptions } from '../../mocks/create-sandbox.ts'
import { createHandlers } from '../../mocks/msw/create-handlers.ts'
import { type StartServerOptions, startServer } from '../../mocks/server/start-server.ts'
import { createConnectifClient } from '../../src/clients/connectif.ts'
import { createHellotextClient } from '../../src/clients/hellotext.ts'
import { expectSavedAsHeld } from './saved-state-check.ts'

export interface Target {
  sandbox: Sandbox
  /** Base URL of Connectif as this transport exposes it. */
  connectifUrl: string
  /** Base URL of any service as this transport exposes it (`serviceUrl('reskyt')`). */
  serviceUrl(service: string): string
  /** A typed client with the default account's key (or the given one). */
  connectif(apiKey?: string): ReturnType<typeof createConnectifClient>
  /** Plain fetch against a service path, for what the typed client cannot send (bad JSON, wrong types). */
  fetchConnectif(path: string, init?: RequestInit): Promise<Response>
  /** fetchConnectif with the default account's key and, for a body, a JSON content type (a string body is sent as is). */
  sendConnectif(method: string, path: string, body?: unknown): Promise<Response>
  /** A typed Hellotext client with the default account's private token (or the given bearer). */
  hellotext(token?: string): ReturnType<typeof createHellotextClient>
  /** Plain fetch against a Hellotext path (`/v1/attribution/events`). */
  fetchHellotext(path: string, init?: RequestInit): Promise<Response>
  close(): Promise<void>
  /** With a data file: fails unless a sandbox loaded from the file holds what this one holds. */
  checkSaved?(): Promise<void>
}

/** A Connectif request with the account's key; objects are sent as JSON, strings as they are. */
function sendJson(
  baseUrl: string,
  key: string | undefined,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      Authorization: `apiKey ${key}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
}

export type TargetFactory = (options?: SandboxOptions) => Promise<Target>

const inProcess: TargetFactory = async (options) => {
  const sandbox = createSandbox(options)
  const server = setupServer(...createHandlers(sandbox))
  server.listen({ onUnhandledFrame: 'error' })
  const connectifUrl = sandbox.baseUrls.connectif
  return {
    sandbox,
    connectifUrl,
    serviceUrl: (service) => sandbox.baseUrls[service as keyof typeof sandbox.baseUrls],
    connectif: (apiKey = sandbox.defaultAccount.keys.connectif as string) =>
      createConnectifClient({ apiKey }),
    fetchConnectif: (path, init) => fetch(`${connectifUrl}${path}`, init),
    sendConnectif: (method, path, body) =>
      sendJson(connectifUrl, sandbox.defaultAccount.keys.connectif, method, path, body),
    hellotext: (token = sandbox.defaultAccount.keys.hellotext as string) =>
      createHellotextClient({ token }),
    fetchHellotext: (path, init) => fetch(`${sandbox.baseUrls.hellotext}${path}`, init),
    close: async () => server.close(),
  }
}

const overHttp: TargetFactory = (options) => serveOverHttp(options)

async function serveOverHttp(options?: StartServerOptions): Promise<Target> {
  const running = await startServer({ ...options, port: 0 })
  const connectifUrl = `${running.url}/connectif`
  return {
    sandbox: running.sandbox,
    connectifUrl,
    serviceUrl: (service) => `${running.url}/${service}`,
    connectif: (apiKey = running.sandbox.defaultAccount.keys.connectif as string) =>
      createConnectifClient({ apiKey, baseUrl: connectifUrl }),
    fetchConnectif: (path, init) => fetch(`${connectifUrl}${path}`, init),
    sendConnectif: (method, path, body) =>
      sendJson(connectifUrl, running.sandbox.defaultAccount.keys.connectif, method, path, body),
    hellotext: (token = running.sandbox.defaultAccount.keys.hellotext as string) =>
      createHellotextClient({ token, baseUrl: `${running.url}/hellotext` }),
    fetchHellotext: (path, init) => fetch(`${running.url}/hellotext${path}`, init),
    close: () => running.close(),
    ...(running.data ? { checkSaved: () => expectSavedAsHeld(running) } : {}),
  }
}

/** `serve --data`: the state kept in a SQLite file, checked against the file after every test. */
const overHttpWithData: TargetFactory = async (options) => {
  const dir = await mkdtemp(join(tmpdir(), 'martech-sandbox-data-'))
  const target = await serveOverHttp({ ...options, data: join(dir, 'sandbox.db') })
  return {
    ...target,
    close: async () => {
      await target.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

export const targets: Array<[string, TargetFactory]> = [
  ['in-process (MSW)', inProcess],
  ['over HTTP (serve)', overHttp],
]

/** The targets, and `serve --data`: for suites whose every write must also be in the data file. */
export const targetsWithData: Array<[string, TargetFactory]> = [
  ...targets,
  ['over HTTP, kept in SQLite (serve --data)', overHttpWithData],
]
