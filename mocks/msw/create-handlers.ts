/**
 * The MSW adapter: one catch-all handler per service host, each handing the request to the
 * sandbox's route table. Matching the real host (`https://api.connectif.cloud`) means an
 * unmodified client that hard-codes it is intercepted in-process. The admin API rides along on
 * each host under `/__admin`, so in-process tests and sandbox-served links reach it too.
 *
 * @example
 * const sandbox = createSandbox()
 * const server = setupServer(...createHandlers(sandbox))
 */
import { http } from 'msw'
import { handleAdminRequest } from '../admin/handle-admin-request.ts'
import type { Sandbox } from '../create-sandbox.ts'
import { type RouteResult, serializeResult } from '../sandbox/route-result.ts'

const BODYLESS = new Set(['GET', 'HEAD'])

/** One catch-all MSW handler per service of `sandbox`, at `sandbox.baseUrls`. */
export function createHandlers(sandbox: Sandbox) {
  const { core, baseUrls } = sandbox
  return [...core.services.keys()].map((service) => {
    const base = (baseUrls[service as keyof typeof baseUrls] as string).replace(/\/+$/, '')
    const basePath = new URL(base).pathname.replace(/\/+$/, '')
    return http.all(`${base}/*`, async ({ request }) => {
      const url = new URL(request.url)
      const path = url.pathname.slice(basePath.length) || '/'
      const body = BODYLESS.has(request.method)
        ? undefined
        : new Uint8Array(await request.arrayBuffer())
      if (path === '/__admin' || path.startsWith('/__admin/')) {
        const adminPath = path.slice('/__admin'.length) || '/'
        return toResponse(
          await handleAdminRequest(core, request.method, adminPath, url.searchParams, body),
        )
      }
      const headers: Record<string, string> = {}
      request.headers.forEach((value, name) => {
        headers[name] = value
      })
      const result = await core.dispatch({
        service,
        method: request.method,
        path,
        query: url.searchParams,
        headers,
        body,
        baseUrl: base,
        adminUrl: `${base}/__admin`,
      })
      return toResponse(result)
    })
  })
}

function toResponse(result: RouteResult): Response {
  if (result.networkError) return Response.error()
  const { status, headers, payload } = serializeResult(result)
  return new Response(payload as BodyInit | undefined, { status, headers })
}
