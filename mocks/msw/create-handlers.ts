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
import type { Sandbox } from '../create-sandbox.ts'
import { answerPreflight, corsPolicyOf, isPreflight, withCors } from '../sandbox/cors.ts'
import { type EventStream, type RouteResult, serializeResult } from '../sandbox/route-result.ts'
import { ADMIN_SERVICE, type ServiceRuntime } from '../sandbox/sandbox.ts'

const BODYLESS = new Set(['GET', 'HEAD'])

/**
 * One catch-all MSW handler per service of `sandbox`, at `sandbox.baseUrls`; on the real hosts,
 * one per host the service answers on (Connectif's API, CDN and `*-api` shards).
 */
export function createHandlers(sandbox: Sandbox) {
  const { core, baseUrls, adminUrl } = sandbox
  const serviceHandlers = [...core.services.entries()].flatMap(([service, runtime]) => {
    const configured = (baseUrls[service as keyof typeof baseUrls] as string).replace(/\/+$/, '')
    const { hosts } = runtime.definition
    const onRealHosts = configured === `https://${hosts[0]}`
    return (onRealHosts ? hosts.map((host) => `https://${host}`) : [configured]).map((pattern) =>
      handlerFor(service, pattern),
    )
  })
  // With one origin for every service (`createSandbox({ baseUrl })`), the admin API answers under
  // it too, as the server's does; otherwise it rides along on each service's host.
  if (!adminUrl) return serviceHandlers
  const adminHandler = http.all(
    new RegExp(`^${escapeRegExp(adminUrl)}(/.*)?$`),
    async ({ request }) => {
      const url = new URL(request.url)
      const headers: Record<string, string> = {}
      request.headers.forEach((value, name) => {
        headers[name] = value
      })
      const body = BODYLESS.has(request.method)
        ? undefined
        : new Uint8Array(await request.arrayBuffer())
      const path = url.pathname.slice(new URL(adminUrl).pathname.length)
      return toResponse(await dispatchAdmin(adminUrl, request.method, path, url, headers, body))
    },
  )
  return [adminHandler, ...serviceHandlers]

  /** The admin API, reached at `admin` (a service host's `/__admin`, or the sandbox's admin URL). */
  function dispatchAdmin(
    admin: string,
    method: string,
    path: string,
    url: URL,
    headers: Record<string, string>,
    body: Uint8Array | undefined,
  ) {
    return core.dispatch({
      service: ADMIN_SERVICE,
      method,
      path: path || '/',
      query: url.searchParams,
      headers,
      body: body?.byteLength ? body : undefined,
      baseUrl: admin,
      adminUrl: admin,
    })
  }

  function handlerFor(service: string, pattern: string) {
    const runtime = core.services.get(service) as ServiceRuntime
    const cors = corsPolicyOf(runtime.definition.document)
    const basePath = new URL(pattern.replace('*', 'x')).pathname.replace(/\/+$/, '')
    return http.all(`${pattern}/*`, async ({ request }) => {
      const url = new URL(request.url)
      // A wildcard host (`https://*-api.connectif.cloud`) answers for the origin the request reached.
      const base = pattern.includes('*') ? url.origin : pattern
      const path = url.pathname.slice(basePath.length) || '/'
      const body = BODYLESS.has(request.method)
        ? undefined
        : new Uint8Array(await request.arrayBuffer())
      const headers: Record<string, string> = {}
      request.headers.forEach((value, name) => {
        headers[name] = value
      })
      if (path === '/__admin' || path.startsWith('/__admin/'))
        return toResponse(
          await dispatchAdmin(`${base}/__admin`, request.method, path.slice(8), url, headers, body),
        )
      if (cors && isPreflight(request.method, headers))
        return toResponse(answerPreflight(cors, runtime.definition.document, runtime.table, path))
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
      if (result.noAnswer) return noAnswer(request.signal)
      return toResponse(cors ? withCors(cors, result) : result)
    })
  }
}

/**
 * A fault rule's "no answer": the response never comes, as with a server that hangs, until the
 * client gives up (its AbortSignal, e.g. `AbortSignal.timeout()`); then the fetch fails.
 */
function noAnswer(signal: AbortSignal): Promise<Response> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve(Response.error())
    else signal.addEventListener('abort', () => resolve(Response.error()), { once: true })
  })
}

/** `text` as a RegExp source that matches it literally. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function toResponse(result: RouteResult): Response {
  if (result.networkError) return Response.error()
  const { status, headers, payload, stream } = serializeResult(result)
  if (stream) return new Response(readableOf(stream), { status, headers })
  return new Response(payload as BodyInit | undefined, { status, headers })
}

/** An open EventStream as a web stream: it stops when the reader cancels (the client left). */
function readableOf(stream: EventStream): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let stop: (() => void) | undefined
  return new ReadableStream({
    start(controller) {
      stop = stream.open((frame) => controller.enqueue(encoder.encode(frame)))
    },
    cancel() {
      stop?.()
    },
  })
}
