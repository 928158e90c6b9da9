/**
 * CORS as the services answer browsers: a preflight (`OPTIONS` with `Origin` and
 * `Access-Control-Request-Method`) is answered without credentials, naming the methods the path
 * accepts and the headers its operations read (their header parameters, the credential header
 * of their security schemes, and `Content-Type`, which hellotext.js sends even on GETs and a
 * bodiless operation ignores); every other answer, errors
 * included, carries `Access-Control-Allow-Origin` and exposes its own headers (rate limits,
 * `Location`). Each service's policy is the `x-cors` object at the root of its OpenAPI document.
 *
 * @example
 * // openapi/<service>.yaml
 * x-cors:
 *   allowOrigin: "*"
 *   description: "Inferred: …"
 *   x-inferred: true
 */
import type { OpenApiDocument } from '../../src/openapi/openapi-document.ts'
import { lowerCased, type RouteResult } from './route-result.ts'
import type { RouteTable } from './route-table.ts'

export interface CorsPolicy {
  /** `*`: any origin, the only policy the services need so far. */
  allowOrigin: '*'
}

/** How long a browser may cache a preflight's answer, in seconds [INF]. */
const PREFLIGHT_MAX_AGE = '600'

/** Response headers a browser script reads without being told. */
const SAFELISTED = new Set([
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
])

/** The service's policy, or undefined when its document states none (then no CORS headers). */
export function corsPolicyOf(document: OpenApiDocument): CorsPolicy | undefined {
  const policy = (document as { 'x-cors'?: { allowOrigin?: unknown } })['x-cors']
  if (policy === undefined) return undefined
  if (policy.allowOrigin !== '*')
    throw new Error(`x-cors.allowOrigin must be "*" (got ${JSON.stringify(policy.allowOrigin)})`)
  return { allowOrigin: '*' }
}

export function isPreflight(method: string, headers: Record<string, string>): boolean {
  return (
    method.toUpperCase() === 'OPTIONS' &&
    headers.origin !== undefined &&
    headers['access-control-request-method'] !== undefined
  )
}

/** The answer to a preflight: 204 naming what the path accepts, or 404 for a path no route has. */
export function answerPreflight(
  policy: CorsPolicy,
  document: OpenApiDocument,
  table: RouteTable,
  path: string,
): RouteResult {
  const methods = table.allowedMethods(path).filter((method) => method !== 'OPTIONS')
  if (methods.length === 0)
    return { status: 404, headers: { 'access-control-allow-origin': policy.allowOrigin } }
  const headers = new Set<string>(['content-type'])
  for (const method of methods) {
    const operation = table.find(method, path)?.operation
    if (!operation) continue
    for (const parameter of operation.parameters)
      if (parameter.in === 'header') headers.add(parameter.name.toLowerCase())
    for (const scheme of operation.securitySchemes) {
      const header = credentialHeaderOf(document, scheme)
      if (header) headers.add(header)
    }
  }
  return {
    status: 204,
    headers: {
      'access-control-allow-origin': policy.allowOrigin,
      'access-control-allow-methods': methods.join(', '),
      'access-control-allow-headers': [...headers].join(', '),
      'access-control-max-age': PREFLIGHT_MAX_AGE,
    },
  }
}

/** The result with the policy's headers added: the origin, and every header it carries exposed. */
export function withCors(policy: CorsPolicy, result: RouteResult): RouteResult {
  // One pass over the answer's headers, no intermediate arrays: every answer of a service goes here.
  const headers: Record<string, string> = {}
  let exposed = ''
  const given = result.headers
  if (given !== undefined)
    for (const name in given) {
      if (!Object.hasOwn(given, name)) continue
      headers[name] = given[name] as string
      const lower = lowerCased(name)
      if (!SAFELISTED.has(lower) && !lower.startsWith('access-control-'))
        exposed = exposed === '' ? lower : `${exposed}, ${lower}`
    }
  headers['access-control-allow-origin'] = policy.allowOrigin
  if (exposed !== '') headers['access-control-expose-headers'] = exposed
  return { ...result, headers }
}

/** The header a security scheme reads its credential from (`authorization` for HTTP schemes). */
function credentialHeaderOf(document: OpenApiDocument, name: string): string | undefined {
  const schemes = (document.components?.securitySchemes ?? {}) as Record<
    string,
    { type?: string; in?: string; name?: string }
  >
  const scheme = schemes[name]
  if (scheme?.type === 'http' || scheme?.type === 'oauth2' || scheme?.type === 'openIdConnect')
    return 'authorization'
  if (scheme?.type === 'apiKey' && scheme.in === 'header') return scheme.name?.toLowerCase()
  return undefined
}
