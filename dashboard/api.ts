/**
 * The dashboard's only way to the sandbox: the admin API on the page's own origin, typed from
 * openapi/admin.yaml. Same-origin credentials (the admin cookie, when access control asks for
 * one), and `Content-Type: application/json` on every state-changing call, bodiless ones too
 * (reset, removing a fault), so each passes the admin API's cross-site checks.
 */
import createClient from 'openapi-fetch'
import type { components, paths } from '../src/generated/admin.ts'

export type Schemas = components['schemas']
export type Summary = Schemas['Summary']
export type JournalEntry = Schemas['JournalEntry']

export const admin = createClient<paths>({
  baseUrl: new URL('/__admin', location.origin).href,
  credentials: 'same-origin',
})

admin.use({
  onRequest({ request }) {
    if (
      request.method !== 'GET' &&
      request.method !== 'HEAD' &&
      !request.headers.has('content-type')
    )
      request.headers.set('content-type', 'application/json')
    return request
  },
})

/** The data of an admin answer, or an Error with the admin API's one-line message. */
export async function dataOf<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call
  if (error !== undefined || !response.ok) {
    const message = (error as { error?: string } | undefined)?.error
    throw new Error(message ?? `${response.status} ${response.statusText}`)
  }
  return data as T
}
