/**
 * The MSW adapter: one catch-all handler per service host, each handing the request to the
 * sandbox's route table. Matching the real host (`https://api.connectif.cloud`) means an
 * unmodified client that hard-codes it is intercepted in-process.
 *
 * @example
 * const server = setupServer(...createHandlers(core, { connectif: 'https://api.connectif.cloud' }))
 */
import { http } from 'msw'
import { serializeResult } from '../sandbox/route-result.ts'
import type { SandboxCore } from '../sandbox/sandbox.ts'

const BODYLESS = new Set(['GET', 'HEAD'])

export function createHandlers(core: SandboxCore, baseUrls: Record<string, string>) {
  return [...core.services.keys()].map((service) => {
    const base = (baseUrls[service] as string).replace(/\/+$/, '')
    const basePath = new URL(base).pathname.replace(/\/+$/, '')
    return http.all(`${base}/*`, async ({ request }) => {
      const url = new URL(request.url)
      const headers: Record<string, string> = {}
      request.headers.forEach((value, name) => {
        headers[name] = value
      })
      const result = await core.dispatch({
        service,
        method: request.method,
        path: url.pathname.slice(basePath.length) || '/',
        query: url.searchParams,
        headers,
        baseUrl: base,
        body: BODYLESS.has(request.method)
          ? undefined
          : new Uint8Array(await request.arrayBuffer()),
      })
      if (result.networkError) return Response.error()
      const { status, headers: responseHeaders, payload } = serializeResult(result)
      return new Response(payload as BodyInit | undefined, { status, headers: responseHeaders })
    })
  })
}
