/**
 * Which credentials a pact's requests carry, so the report can say what `contracts verify`
 * replaced and with what (see rewrite-request.ts for how).
 */
import type { PactFile, PactRequest } from './read-pact.ts'

function headerOf(request: PactRequest, name: string): string | undefined {
  for (const [key, value] of Object.entries(request.headers ?? {}))
    if (key.toLowerCase() === name) return Array.isArray(value) ? value[0] : value
  return undefined
}

function formOf(request: PactRequest): URLSearchParams | undefined {
  const contentType = headerOf(request, 'content-type') ?? ''
  if (!/^application\/x-www-form-urlencoded/i.test(contentType)) return undefined
  const body = request.body as { content?: unknown } | string | undefined
  const content = typeof body === 'string' ? body : body?.content
  return typeof content === 'string' ? new URLSearchParams(content) : undefined
}

export function findCredentials(pact: PactFile): string[] {
  const found = new Set<string>()
  for (const { request } of pact.interactions) {
    const authorization = headerOf(request, 'authorization')
    if (authorization && /^apiKey\s/i.test(authorization))
      found.add('Authorization: apiKey → the Connectif key')
    if (authorization && /^Bearer\s/i.test(authorization))
      found.add('Authorization: Bearer → the Hellotext token')
    if (headerOf(request, 'x-api-key') !== undefined) found.add('x-api-key → the Reskyt key')
    const form = formOf(request)
    if (form?.has('user') || form?.has('password'))
      found.add('form user/password → the account name and Reskyt key')
  }
  return [...found]
}
