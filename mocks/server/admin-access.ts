/**
 * Who may reach the sandbox's own pages over HTTP: the one place the server decides, before any
 * routing, for a sandbox a QA team shares.
 *
 * - **Host allow-list, always** (DNS rebinding: a page on `evil.example`, re-pointed at
 *   127.0.0.1, reaches the sandbox with `Host: evil.example`): loopback names, the bound
 *   address (every local address when bound to all of them, and the machine's name), the hosts
 *   of the services the sandbox mocks, `allowedHosts` and the public URL's host. Anything else is
 *   `421 Misdirected Request`.
 * - **Admin token** for `/__admin…`, `/`, `/docs…` and `/__dashboard…`, when one is set (`serve`
 *   requires one off loopback): `Authorization: Bearer <token>`, or the HttpOnly, SameSite=Strict
 *   cookie `/?token=<token>` sets for the browser (EventSource cannot send headers). Compared in
 *   constant time. Without it, or wrong: 401 in the admin API's error shape.
 * - **No cross-site admin calls, always**: `Sec-Fetch-Site: cross-site` or an `Origin` other than
 *   the sandbox's own is 403; a state-changing call with a body a page may send without a
 *   preflight (text/plain, a form) or any body that is not JSON is 415.
 *
 * The two links the sandbox hands to integrations under `/__admin` (an export's signed `fileUrl`,
 * an import's `errorReportFileUrl`) are followed with no admin credential, as the real storage
 * links are: only the Host rule applies to them.
 *
 * @example
 * const access = createAdminAccess({ bindHost: '0.0.0.0', adminToken, serviceHosts: ['api.connectif.cloud'] })
 * const refusal = access.check({ method: 'GET', pathname: '/__admin/accounts', query, headers, ownOrigins: () => [origin] })
 * if (refusal) return refusal
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { hostname as machineName, networkInterfaces } from 'node:os'
import { adminError } from '../admin/errors.ts'
import { formatMessage } from '../sandbox/format-message.ts'
import { rememberedUpTo } from '../sandbox/remembered.ts'
import type { RouteResult } from '../sandbox/route-result.ts'
import { isDashboardPath } from './dashboard/serve-dashboard.ts'
import { isLoopback, MAX_REMEMBERED_HOSTS } from './public-origin.ts'

/** The cookie `/?token=` sets, which the dashboard's own requests carry. */
export const ADMIN_COOKIE = 'martech_sandbox_admin'

export interface AdminAccessOptions {
  /** The address the server listens on. */
  bindHost: string
  /** Required on the admin paths when set. */
  adminToken?: string
  /** Host names the sandbox answers to besides its own (`qa-sandbox.internal`, `*.example.com`). */
  allowedHosts?: string[]
  /** The URL clients use: its host is allowed, and its origin is the sandbox's own. */
  publicUrl?: string
  /** The hosts of the services the sandbox mocks (`api.connectif.cloud`, `*-api.connectif.cloud`). */
  serviceHosts: string[]
}

export interface AccessRequest {
  method: string
  pathname: string
  query: URLSearchParams
  /** Lower-cased names. */
  headers: Record<string, string>
  /** The sandbox's own origins for this request: where the client reached it. */
  ownOrigins(): string[]
  secure?: boolean
}

export interface AdminAccess {
  /**
   * Whether a request is let through without a closer look: an allowed Host (or none) on a path the
   * token does not guard. The common request, so the adapter builds no AccessRequest for it.
   */
  admits(pathname: string, host: string | undefined): boolean
  /** What to answer instead of routing the request, or undefined to route it. */
  check(request: AccessRequest): RouteResult | undefined
}

/** Whether `pathname` is the admin API's, which answers there on every host. */
export const isAdminPath = (pathname: string) =>
  pathname === '/__admin' || pathname.startsWith('/__admin/')
/** The admin API and the dashboard's pages (one definition, isDashboardPath): what the token guards. */
const isGuarded = (pathname: string) => isAdminPath(pathname) || isDashboardPath(pathname)
/** Links the sandbox gives integrations, each its own credential (a signed token, a random id). */
const LINKS = [
  /^\/__admin\/connectif\/exports\/[^/]+\/file$/,
  /^\/__admin\/connectif\/imports\/[^/]+\/errors\.csv$/,
]
/** Content types a page may send cross-site without a preflight (the Fetch standard's list). */
const SIMPLE_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export function createAdminAccess(options: AdminAccessOptions): AdminAccess {
  const isAllowedHost = createHostAllowList(options)
  // Every request asks about the same few Host values: each is worked out once, not per request.
  const isAllowedHostHeader = rememberedUpTo(MAX_REMEMBERED_HOSTS, (host) =>
    isAllowedHost(hostnameOf(host)),
  )
  const token = options.adminToken === undefined ? undefined : digest(options.adminToken)
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : undefined

  return {
    admits: (pathname, host) =>
      (host === undefined || isAllowedHostHeader(host)) && !isGuarded(pathname),
    check(request) {
      const { headers, pathname } = request
      const host = headers.host
      if (host !== undefined && !isAllowedHostHeader(host)) return misdirected(hostnameOf(host))
      if (!isGuarded(pathname)) return undefined
      if (request.method === 'GET' && LINKS.some((link) => link.test(pathname))) return undefined
      const subject = `${request.method} ${pathname}`
      if (token) {
        const offered = request.query.get('token')
        // The browser's way in: a link with the token sets the cookie, then drops the token from the URL.
        if (pathname === '/' && request.method === 'GET' && offered !== null) {
          if (!matches(token, offered))
            return unauthorized(subject, 'the token in the link is wrong')
          return signedIn(offered, request.secure === true)
        }
        const presented = bearerOf(headers.authorization) ?? cookieOf(headers.cookie)
        if (presented === undefined)
          return unauthorized(subject, 'no admin token (Authorization: Bearer <token>)')
        if (!matches(token, presented)) return unauthorized(subject, 'the admin token is wrong')
      }
      if (!isAdminPath(pathname)) return undefined
      return crossSiteRefusal(request, subject, publicOrigin)
    },
  }
}

/** Binding anything but loopback exposes the admin API to the network. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || isLoopback(host.replace(/^\[|\]$/g, ''))
}

/** A new admin token: 32 random bytes, base64url. */
export function randomAdminToken(): string {
  return randomBytes(32).toString('base64url')
}

/** The request's headers without the admin cookie, so no service, journal or log ever sees it. */
export function withoutAdminCookie(headers: Record<string, string>): Record<string, string> {
  const cookie = headers.cookie
  if (cookie === undefined || !cookie.includes(ADMIN_COOKIE)) return headers
  const kept = cookie
    .split(';')
    .filter((pair) => pair.trim().split('=')[0] !== ADMIN_COOKIE)
    .join(';')
    .trim()
  const { cookie: _, ...rest } = headers
  return kept ? { ...rest, cookie: kept } : rest
}

function crossSiteRefusal(
  request: AccessRequest,
  subject: string,
  publicOrigin: string | undefined,
): RouteResult | undefined {
  const { headers } = request
  if (headers['sec-fetch-site'] === 'cross-site')
    return forbidden(
      subject,
      'the browser says it comes from another site (Sec-Fetch-Site: cross-site)',
    )
  const origin = headers.origin
  if (origin !== undefined) {
    const own = new Set([...request.ownOrigins(), ...(publicOrigin ? [publicOrigin] : [])])
    if (!own.has(origin.toLowerCase()))
      return forbidden(subject, `it comes from another origin (Origin: ${origin})`)
  }
  if (SAFE_METHODS.has(request.method)) return undefined
  const type = headers['content-type']?.split(';')[0]?.trim().toLowerCase()
  const hasBody =
    (headers['content-length'] !== undefined && headers['content-length'] !== '0') ||
    headers['transfer-encoding'] !== undefined
  if (type !== undefined && SIMPLE_TYPES.includes(type))
    return unsupported(subject, `expected application/json, got ${type}`)
  if (hasBody && (type === undefined || !isJson(type)))
    return unsupported(subject, `expected application/json, got ${type ?? 'no content type'}`)
  return undefined
}

const isJson = (type: string) => type === 'application/json' || type.endsWith('+json')

/** Every name and address the sandbox answers to, as a predicate on a lower-cased host name. */
function createHostAllowList(options: AdminAccessOptions): (name: string) => boolean {
  const exact = new Set(['localhost', '127.0.0.1', '::1'])
  const patterns: RegExp[] = [/\.localhost$/]
  const add = (name: string) => {
    const lower = name.toLowerCase().replace(/^\[|\]$/g, '')
    if (!lower.includes('*')) return void exact.add(lower)
    const escaped = lower.replaceAll('.', '\\.')
    // `*.example.com`: any name under example.com; `*-api.connectif.cloud`: one label's worth.
    patterns.push(
      lower.startsWith('*.')
        ? new RegExp(`^(?:[^.]+\\.)+${escaped.slice(3)}$`)
        : new RegExp(`^${escaped.replace(/\*/g, '[^.]+')}$`),
    )
  }
  const bind = options.bindHost.replace(/^\[|\]$/g, '')
  if (bind === '0.0.0.0' || bind === '::') {
    // Bound to every address: each of the machine's own, and its name, are how the team reaches it.
    for (const addresses of Object.values(networkInterfaces()))
      for (const { address } of addresses ?? []) add(address)
    add(machineName())
  } else add(bind)
  for (const host of options.serviceHosts) add(host)
  for (const host of options.allowedHosts ?? []) add(host)
  if (options.publicUrl) add(new URL(options.publicUrl).hostname)
  return (name) => exact.has(name) || patterns.some((pattern) => pattern.test(name))
}

/** `Api.Example.com:4010` → `api.example.com`; `[::1]:4010` → `::1`. */
function hostnameOf(host: string): string {
  const lower = host.trim().toLowerCase()
  if (lower.startsWith('[')) return lower.slice(1, lower.indexOf(']'))
  return lower.replace(/:\d*$/, '').replace(/\.$/, '')
}

const digest = (value: string) => createHash('sha256').update(value).digest()

/** Constant time: both sides are hashed to the same length first. */
const matches = (expected: Buffer, offered: string) => timingSafeEqual(expected, digest(offered))

function bearerOf(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
  return match?.[1]
}

function cookieOf(cookie: string | undefined): string | undefined {
  for (const pair of cookie?.split(';') ?? []) {
    const at = pair.indexOf('=')
    if (at !== -1 && pair.slice(0, at).trim() === ADMIN_COOKIE) return pair.slice(at + 1).trim()
  }
  return undefined
}

function signedIn(token: string, secure: boolean): RouteResult {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])]
  return {
    status: 303,
    headers: {
      location: '/',
      'set-cookie': `${ADMIN_COOKIE}=${token}; ${attributes.join('; ')}`,
      'cache-control': 'no-store',
    },
  }
}

function misdirected(name: string): RouteResult {
  return {
    status: 421,
    body: {
      error: formatMessage(
        'route',
        name,
        'this sandbox does not answer to that Host (a guard against DNS rebinding)',
        'Reach it by its address or a loopback name, or add the name to allowedHosts in the config file',
      ),
    },
  }
}

function unauthorized(subject: string, reason: string): RouteResult {
  const answer = adminError(
    401,
    formatMessage(
      'authenticate',
      subject,
      reason,
      'Send the admin token serve printed at start or was given',
    ),
  )
  return {
    ...answer,
    headers: { ...answer.headers, 'www-authenticate': 'Bearer realm="martech-sandbox admin"' },
  }
}

function forbidden(subject: string, reason: string): RouteResult {
  return adminError(
    403,
    formatMessage(
      'authorize',
      subject,
      reason,
      'The admin API answers its own origin and clients outside a browser',
    ),
  )
}

function unsupported(subject: string, reason: string): RouteResult {
  return adminError(
    415,
    formatMessage('read', subject, reason, 'Admin calls send Content-Type: application/json'),
  )
}
