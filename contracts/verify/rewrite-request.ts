/**
 * What the Verifier's proxy changes in each request before it reaches the provider: the
 * credentials (an integrator's pact carries the fakes of their own mocks), the path (a CRM
 * endpoint has a path of its own), and the body, which the proxy has parsed and must send again.
 *
 * Credentials are swapped by their scheme, so one rule serves every service: `Authorization:
 * apiKey …` gets the Connectif key, `Authorization: Bearer …` the Hellotext key, `x-api-key` the
 * Reskyt key, and Reskyt's legacy form its `user` (the account name) and `password` (the key).
 *
 * @note Pact's proxy parses JSON and url-encoded bodies, then sends them on as JSON with the
 * original Content-Length; a form arrives as JSON and a re-spaced JSON body is cut short. So every
 * parsed body is written back in its own format, with its real length.
 */

export interface SandboxCredentials {
  connectif?: string
  hellotext?: string
  reskyt?: string
  /** The account's name: Reskyt's legacy form sends it as `user`. */
  accountName?: string
}

export interface RequestRewrite {
  /** Replaces every request's path and query (a CRM endpoint's, e.g. `/jivo/webhooks?secret=x`). */
  path?: string
  credentials?: SandboxCredentials
}

/** The parts of the proxy's (Express) request this touches. */
export interface ProxiedRequest {
  url: string
  headers: Record<string, string | string[] | undefined>
  body?: unknown
}

export function rewriteRequest(request: ProxiedRequest, rewrite: RequestRewrite): void {
  if (rewrite.path !== undefined) request.url = rewrite.path
  const credentials = rewrite.credentials ?? {}
  swapHeaders(request.headers, credentials)
  const contentType = String(request.headers['content-type'] ?? '')
  if (request.body === undefined || Buffer.isBuffer(request.body)) return
  let payload: string
  if (/^application\/x-www-form-urlencoded/i.test(contentType)) {
    const form = new URLSearchParams()
    for (const [name, value] of Object.entries(request.body as Record<string, unknown>))
      for (const item of Array.isArray(value) ? value : [value]) form.append(name, String(item))
    swapFormCredentials(form, credentials)
    payload = form.toString()
  } else payload = JSON.stringify(request.body)
  request.body = Buffer.from(payload)
  request.headers['content-length'] = String(Buffer.byteLength(payload))
}

function swapHeaders(
  headers: ProxiedRequest['headers'],
  { connectif, hellotext, reskyt }: SandboxCredentials,
): void {
  const authorization = headers.authorization
  if (typeof authorization === 'string') {
    if (connectif && /^apiKey\s/i.test(authorization)) headers.authorization = `apiKey ${connectif}`
    else if (hellotext && /^Bearer\s/i.test(authorization))
      headers.authorization = `Bearer ${hellotext}`
  }
  if (reskyt && headers['x-api-key'] !== undefined) headers['x-api-key'] = reskyt
}

function swapFormCredentials(form: URLSearchParams, { reskyt, accountName }: SandboxCredentials) {
  if (reskyt && form.has('password')) form.set('password', reskyt)
  if (accountName && form.has('user')) form.set('user', accountName)
}
