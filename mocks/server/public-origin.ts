/**
 * Where a client reached the server, for the absolute links the sandbox writes (an export's
 * `fileUrl`, an import's `errorReportFileUrl`, `links.next`). Behind a TLS-terminating reverse
 * proxy the request arrives as `http://` with the proxy's view in `Forwarded` (RFC 7239) or
 * `X-Forwarded-Proto`/`-Host`/`-Port`; those headers are honoured only from a trusted peer, since
 * any client can send them. A configured public URL wins over both.
 *
 * @example
 * const originOf = createOriginResolver({ trustProxy: 'loopback' })
 * originOf('127.0.0.1', { host: '127.0.0.1:4010', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'api.connectif.cloud' })
 * // 'https://api.connectif.cloud'
 */
import { rememberedUpTo } from '../sandbox/remembered.ts'

/**
 * Whose forwarding headers to believe: every peer's, none, or only a proxy on the same machine
 * (`loopback`, the default: the set-up the README describes).
 */
export type TrustProxy = boolean | 'loopback'

export interface OriginOptions {
  /** @default 'loopback' */
  trustProxy?: TrustProxy
  /** The URL clients use (`https://sandbox.example.com`), when it cannot be read from the request. */
  publicUrl?: string
}

const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' }

/**
 * Validates the options once and returns `(peerAddress, headers, secure) → origin` (no trailing
 * slash); `secure` says the request itself came over TLS.
 */
export function createOriginResolver(
  options: OriginOptions = {},
): (peer: string | undefined, headers: Record<string, string>, secure?: boolean) => string {
  const publicUrl = options.publicUrl === undefined ? undefined : parsePublicUrl(options.publicUrl)
  const trustProxy = options.trustProxy ?? 'loopback'
  // The origin of a request with no proxy headers depends only on the scheme and Host: worked out
  // once per Host value (bounded), not per request.
  const originByHost = [false, true].map((secure) =>
    rememberedUpTo(MAX_REMEMBERED_HOSTS, (host) =>
      originOf(secure ? 'https' : 'http', host, undefined),
    ),
  )
  return (peer, headers, secure = false) => {
    if (publicUrl) return publicUrl
    if (
      headers.forwarded === undefined &&
      headers['x-forwarded-proto'] === undefined &&
      headers['x-forwarded-host'] === undefined &&
      headers['x-forwarded-port'] === undefined
    ) {
      const originOfHost = originByHost[secure ? 1 : 0] as (host: string) => string
      return originOfHost(headers.host ?? 'localhost')
    }
    const direct = { proto: secure ? 'https' : 'http', host: headers.host ?? 'localhost' }
    const trusted = trustProxy === 'loopback' ? isLoopback(peer) : trustProxy
    const forwarded = trusted ? readForwarded(headers) : {}
    return originOf(forwarded.proto ?? direct.proto, forwarded.host ?? direct.host, forwarded.port)
  }
}

/** How many Host header values the server remembers what it worked out for (origin, service, access). */
export const MAX_REMEMBERED_HOSTS = 256

function originOf(proto: string, hostGiven: string, port: string | undefined): string {
  let host = hostGiven
  // A port the proxy reports separately, unless the host names one or it is the scheme's default.
  if (port && !/:\d+$/.test(host) && DEFAULT_PORTS[proto] !== port) host = `${host}:${port}`
  // `https://api.connectif.cloud:443` is `https://api.connectif.cloud`.
  const defaultPort = DEFAULT_PORTS[proto]
  if (defaultPort && host.endsWith(`:${defaultPort}`)) host = host.slice(0, -defaultPort.length - 1)
  return `${proto}://${host}`
}

function parsePublicUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new TypeError(`publicUrl "${value}" is not an absolute URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`publicUrl "${value}" must be an http:// or https:// URL`)
  if (url.search || url.hash)
    throw new TypeError(`publicUrl "${value}" must not have a query or a fragment`)
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (`::ffff:127.0.0.1`). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address
  return v4.startsWith('127.') || address === '::1'
}

/**
 * The client-facing proxy's view: the first element of `Forwarded` when present, else the first
 * value of each `X-Forwarded-*` header. Values that are not a plain scheme or host are ignored.
 */
function readForwarded(headers: Record<string, string>): {
  proto?: string
  host?: string
  port?: string
} {
  const first = (value: string | undefined) => value?.split(',')[0]?.trim() || undefined
  let proto: string | undefined
  let host: string | undefined
  const forwarded = first(headers.forwarded)
  if (forwarded) {
    for (const pair of forwarded.split(';')) {
      const at = pair.indexOf('=')
      if (at === -1) continue
      const name = pair.slice(0, at).trim().toLowerCase()
      const value = pair
        .slice(at + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1')
      if (name === 'proto') proto = value
      else if (name === 'host') host = value
    }
  }
  proto ??= first(headers['x-forwarded-proto'])
  host ??= first(headers['x-forwarded-host'])
  const port = first(headers['x-forwarded-port'])
  return {
    proto: proto && /^https?$/i.test(proto) ? proto.toLowerCase() : undefined,
    host:
      host && /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/.test(host) ? host : undefined,
    port: port && /^\d+$/.test(port) ? port : undefined,
  }
}
