/**
 * What the standalone server does with a request once it has arrived, whichever HTTP front read
 * it (node:http, or the plain-request path for keep-alive HTTP/1.1): the Host allow-list and admin
 * access, then the admin API, a service (by path prefix `/connectif/contacts/...` or by its Host
 * header `Host: api.connectif.cloud`, so /etc/hosts or a reverse proxy can point unmodified
 * clients at it), or the dashboard's pages.
 */
import type { Sandbox } from '../create-sandbox.ts'
import { answerPreflight, corsPolicyOf, isPreflight, withCors } from '../sandbox/cors.ts'
import type { PendingBody } from '../sandbox/parse-body.ts'
import { rememberedUpTo } from '../sandbox/remembered.ts'
import type { RouteResult } from '../sandbox/route-result.ts'
import { ADMIN_SERVICE, type ServiceRuntime } from '../sandbox/sandbox.ts'
import {
  type AdminAccessOptions,
  createAdminAccess,
  isAdminPath,
  withoutAdminCookie,
} from './admin-access.ts'
import {
  createDashboard,
  type DashboardOptions,
  isDashboardPath,
} from './dashboard/serve-dashboard.ts'
import { createOriginResolver, MAX_REMEMBERED_HOSTS, type OriginOptions } from './public-origin.ts'

/** A request as an HTTP front read it: the request line and headers, one string per header. */
export interface ArrivedRequest {
  method: string
  /** The request target as sent: path and query. */
  url: string
  httpVersion: string
  headers: Record<string, string>
  remoteAddress: string | undefined
  /** Arrived over TLS. */
  secure: boolean
}

/** The body as the front holds it: read on demand by the engine, never past its limit. */
export interface ArrivedBody extends PendingBody {
  /** No body at all (no Content-Length and no chunks, or Content-Length: 0). */
  readonly isEmpty: boolean
}

export type AnswerRequest = (request: ArrivedRequest, body: ArrivedBody) => Promise<RouteResult>

/** Where links point (OriginOptions) and who may reach the admin paths (see admin-access.ts). */
export interface RequestListenerOptions
  extends OriginOptions,
    Pick<AdminAccessOptions, 'adminToken' | 'allowedHosts'> {
  /** The address the server listens on, which the Host allow-list admits. @default '127.0.0.1' */
  bindHost?: string
  /** The dashboard at `/` and the API reference at `/docs`; `false` leaves them out. */
  dashboard?: DashboardOptions | false
}

/**
 * The query of a request without one, shared by every such request: it refuses to change, so no
 * route can leave a parameter in it for the next request.
 */
class EmptyQuery extends URLSearchParams {
  override append(): void {
    throw new TypeError('The query of a request without one cannot change.')
  }
  override set(): void {
    this.append()
  }
  override delete(): void {
    this.append()
  }
  override sort(): void {}
}
const NO_QUERY: URLSearchParams = new EmptyQuery()

/** The body of an answer the sandbox itself gives (no service matched): `{"error": "..."}`. */
export const sandboxError = (status: number, message: string): RouteResult => ({
  status,
  body: { error: `[martech-sandbox] ${message}` },
})

export function createRequestAnswerer(
  sandbox: Sandbox,
  options: RequestListenerOptions = {},
): AnswerRequest {
  // Links the sandbox writes point where the client called, through a proxy when one is trusted.
  const originOf = createOriginResolver(options)
  const dashboard =
    options.dashboard === false ? undefined : createDashboard(sandbox, options.dashboard)
  const byHost = new Map<string, string>()
  // Wildcard hosts (`*-api.connectif.cloud`, the account's shard) as patterns.
  const byHostPattern: Array<[RegExp, string]> = []
  for (const [name, runtime] of sandbox.core.services) {
    for (const host of runtime.definition.hosts) {
      if (host.includes('*'))
        byHostPattern.push([
          new RegExp(`^${host.replaceAll('.', '\\.').replace('*', '[^.]+')}$`),
          name,
        ])
      else byHost.set(host, name)
    }
  }
  const serviceOfName = (host: string) =>
    byHost.get(host) ?? byHostPattern.find(([pattern]) => pattern.test(host))?.[1]
  // Each request names one of a few Host values: its service (or none) is worked out once.
  const serviceOfHost = rememberedUpTo(MAX_REMEMBERED_HOSTS, (hostHeader) =>
    serviceOfName(hostHeader.replace(/:\d+$/, '').toLowerCase()),
  )
  const corsOf = new Map(
    [...sandbox.core.services].map(([name, runtime]) => [
      name,
      corsPolicyOf(runtime.definition.document),
    ]),
  )
  const names = new Set(sandbox.core.services.keys())
  const access = createAdminAccess({
    bindHost: options.bindHost ?? '127.0.0.1',
    adminToken: options.adminToken,
    allowedHosts: options.allowedHosts,
    publicUrl: options.publicUrl,
    serviceHosts: [...sandbox.core.services.values()].flatMap(({ definition }) => definition.hosts),
  })

  return async function answer(req, body) {
    const rawUrl = req.url
    const queryAt = rawUrl.indexOf('?')
    const pathname = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt)
    const query = queryAt === -1 ? NO_QUERY : new URLSearchParams(rawUrl.slice(queryAt + 1))
    const received = req.headers
    // Node's own answer to this is an empty 400; the sandbox routes by path, but HTTP/1.1 says 400.
    if (received.host === undefined && req.httpVersion === '1.1')
      return sandboxError(400, 'Failed to read the request: HTTP/1.1 requires a Host header.')
    const { secure } = req
    // Host allow-list, admin token, no cross-site admin calls: before any routing.
    const refusal = access.admits(pathname, received.host)
      ? undefined
      : access.check({
          method: req.method,
          pathname,
          query,
          headers: received,
          secure,
          ownOrigins: () => [
            `${secure ? 'https' : 'http'}://${received.host?.toLowerCase()}`,
            originOf(req.remoteAddress, received, secure),
          ],
        })
    if (refusal) return refusal
    // The admin cookie stops here: no service, journal or log sees it.
    const headers = withoutAdminCookie(received)
    // The admin API answers at /__admin on any host, through the engine like any service.
    if (isAdminPath(pathname)) {
      const admin = `http://${headers.host ?? 'localhost'}/__admin`
      return sandbox.core.dispatch({
        service: ADMIN_SERVICE,
        method: req.method,
        path: pathname.slice('/__admin'.length) || '/',
        query,
        headers,
        body: body.isEmpty ? undefined : body,
        baseUrl: admin,
        adminUrl: admin,
      })
    }
    let service = headers.host ? serviceOfHost(headers.host) : undefined
    let path = pathname
    let prefix = ''
    if (!service) {
      const slash = pathname.indexOf('/', 1)
      const first = slash === -1 ? pathname.slice(1) : pathname.slice(1, slash)
      if (names.has(first)) {
        service = first
        path = slash === -1 ? '/' : pathname.slice(slash)
        prefix = `/${first}`
      }
    }
    const originOfRequest = () => originOf(req.remoteAddress, headers, secure)
    // The sandbox's own pages, on any host that is not a service's.
    if (!service && dashboard && isDashboardPath(pathname))
      return dashboard(req.method, pathname, headers, originOfRequest())
    if (!service) {
      return sandboxError(
        404,
        `Failed to route "${pathname}": no service matches the path or Host. Use /${[...names].join('/…, /')}/… or a Host header naming the real service.`,
      )
    }
    const origin = originOfRequest()
    const runtime = sandbox.core.services.get(service) as ServiceRuntime
    const cors = corsOf.get(service)
    if (cors && isPreflight(req.method, headers))
      return answerPreflight(cors, runtime.definition.document, runtime.table, path)
    const result = await sandbox.core.dispatch({
      service,
      method: req.method,
      path,
      query,
      headers,
      body: body.isEmpty ? undefined : body,
      baseUrl: `${origin}${prefix}`,
      adminUrl: `${origin}/__admin`,
    })
    return cors ? withCors(cors, result) : result
  }
}
