/**
 * Starts the standalone sandbox: the same route tables over node:http, with the admin API under
 * `/__admin`. Binds 127.0.0.1 by default; port 0 picks a free one.
 *
 * @example
 * const server = await startServer({ port: 0 })
 * console.log(server.url) // http://127.0.0.1:41234
 * await server.close()
 */
import type { AddressInfo } from 'node:net'
import { createSandbox, type Sandbox, type SandboxOptions } from '../create-sandbox.ts'
import { formatMessage } from '../sandbox/format-message.ts'
import type { DataFile } from '../store/attach-data-file.ts'
import { isLoopbackHost } from './admin-access.ts'
import { createRequestAnswerer } from './answer-request.ts'
import type { DashboardOptions } from './dashboard/serve-dashboard.ts'
import { answerClientError, answerUnsupportedExpectation, nodeListenerFor } from './node-adapter.ts'
import { servePlainRequests } from './plain-requests.ts'
import type { TrustProxy } from './public-origin.ts'

/**
 * How long a client may take, chosen rather than left at Node's defaults (a request that stops
 * halfway would hold its connection for 300 s):
 * - `headersMs`: the request line and headers (Node: 60 s);
 * - `requestMs`: the whole request, body included: a 50 MB upload over a slow link fits (Node: 300 s);
 * - `keepAliveMs`: an idle kept-alive connection between requests (Node: 5 s).
 * A client that runs out of time gets `408 {"error"}` and the connection closes.
 */
export const DEFAULT_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 60_000,
  keepAliveMs: 5_000,
}

export interface ServerTimeouts {
  headersMs: number
  requestMs: number
  keepAliveMs: number
}

export interface StartServerOptions extends SandboxOptions {
  /** @default 4010 */
  port?: number
  /** @default '127.0.0.1' */
  host?: string
  /** Serve this sandbox instead of a new one. */
  sandbox?: Sandbox
  /** Override any of DEFAULT_TIMEOUTS. */
  timeouts?: Partial<ServerTimeouts>
  /**
   * Whose `Forwarded` / `X-Forwarded-*` headers set the origin of the links the sandbox writes
   * (export `fileUrl`s, `links.next`): `true` any peer's, `false` none, `'loopback'` a proxy on
   * this machine's. @default 'loopback'
   */
  trustProxy?: TrustProxy
  /** The URL clients reach the server at, when a proxy in front does not say (it wins over the headers). */
  publicUrl?: string
  /**
   * Required (`Authorization: Bearer`, or the cookie `/?token=` sets) on `/__admin`, `/`, `/docs`
   * and `/__dashboard`. Bound to anything but loopback, the server refuses to start without one
   * unless `insecureAdmin` is set.
   */
  adminToken?: string
  /** Serve the admin API to the network with no token (bound to anything but loopback). */
  insecureAdmin?: boolean
  /** Host names the server answers to besides its own addresses, loopback and the services' hosts. */
  allowedHosts?: string[]
  /**
   * Serve HTTPS with this key and certificate (PEM), e.g. `prepareLocalTls()`'s, so clients that
   * hard-code `https://api.connectif.cloud` reach the sandbox unmodified.
   */
  tls?: { key: string | Buffer; cert: string | Buffer }
  /**
   * The dashboard at `/` and the API reference at `/docs`, from the package's built pages (or
   * `{ assetsDir }`); `false` leaves them out. @default {}
   */
  dashboard?: DashboardOptions | false
  /**
   * Keep the state in this SQLite file (`node:sqlite`): loaded at start when it holds a sandbox,
   * created when new; every answered request is saved before its answer leaves. In memory without.
   */
  data?: string
}

/** Thrown before listening: bound off loopback, the admin API needs a token (or `insecureAdmin`). */
export class AdminTokenRequiredError extends Error {
  constructor(host: string) {
    super(
      formatMessage(
        'start',
        `the sandbox on ${host}`,
        'bound to an address other than loopback, the admin API needs an admin token',
        'Give one (--admin-token <token>, --admin-token random, or adminToken in the config file), bind 127.0.0.1, or pass --insecure-admin',
      ),
    )
    this.name = 'AdminTokenRequiredError'
  }
}

export interface RunningServer {
  url: string
  port: number
  host: string
  sandbox: Sandbox
  /** The data file keeping the state, with `data`. */
  data?: DataFile
  close(): Promise<void>
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  if (!isLoopbackHost(host) && options.adminToken === undefined && !options.insecureAdmin)
    throw new AdminTokenRequiredError(host)
  const sandbox = options.sandbox ?? createSandbox(options)
  // Loaded only for a data file: the in-memory server never imports node:sqlite.
  const data =
    options.data === undefined
      ? undefined
      : await (await import('../store/attach-data-file.ts')).attachDataFile(sandbox, options.data)
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts }
  const answer = createRequestAnswerer(sandbox, {
    trustProxy: options.trustProxy,
    publicUrl: options.publicUrl,
    bindHost: host,
    adminToken: options.adminToken,
    allowedHosts: options.allowedHosts,
    dashboard: options.dashboard,
  })
  const listener = nodeListenerFor(answer)
  const serverOptions = {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    // Node checks the two timeouts above every 30 s by default, which would let them overrun by as much.
    connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
    // The adapter answers a missing Host itself, in the sandbox's shape rather than an empty 400.
    requireHostHeader: false,
  }
  // Not `import … from 'node:http'`: building that ESM namespace runs node:http's lazy getters,
  // which load Node's whole fetch stack (undici), ~40 ms of a ~450 ms cold start.
  const server = options.tls
    ? process
        .getBuiltinModule('node:https')
        .createServer({ ...serverOptions, key: options.tls.key, cert: options.tls.cert }, listener)
    : process.getBuiltinModule('node:http').createServer(serverOptions, listener)
  server.on('clientError', answerClientError)
  // The adapter decides from the headers whether to ask for the body (100 Continue) at all.
  server.on('checkContinue', listener)
  server.on('checkExpectation', answerUnsupportedExpectation)
  // Over plain HTTP, whole keep-alive requests skip node:http's request objects (plain-requests.ts).
  const plain = options.tls
    ? undefined
    : servePlainRequests(server, answer, {
        headersMs: timeouts.headersMs,
        keepAliveMs: timeouts.keepAliveMs,
      })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject)
      resolve()
    })
  }).catch(async (error: unknown) => {
    await data?.close()
    throw error
  })
  const { port } = server.address() as AddressInfo
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `${options.tls ? 'https' : 'http'}://${shownHost}:${port}`,
    port,
    host,
    sandbox,
    ...(data ? { data } : {}),
    close: () =>
      new Promise<void>((resolve, reject) => {
        plain?.destroyConnections()
        server.closeAllConnections()
        server.close((error) => {
          const released = data?.close() ?? Promise.resolve()
          released.then(() => (error ? reject(error) : resolve()), reject)
        })
      }),
  }
}
