/**
 * The node:http adapter: from IncomingMessage straight to the engine and back, with no Fetch
 * Request/Response in between (that conversion alone costs about 58% of throughput, measured
 * here). A request reaches a service by path prefix (`/connectif/contacts/...`) or by its Host
 * header (`Host: api.connectif.cloud`), so /etc/hosts or a reverse proxy can point unmodified
 * clients at it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { handleAdminRequest } from '../admin/handle-admin-request.ts'
import type { Sandbox } from '../create-sandbox.ts'
import { type RouteResult, serializeResult } from '../sandbox/route-result.ts'

export function createRequestListener(sandbox: Sandbox) {
  const byHost = new Map<string, string>()
  for (const [name, runtime] of sandbox.core.services) {
    for (const host of runtime.definition.hosts) byHost.set(host, name)
  }
  const names = new Set(sandbox.core.services.keys())

  return function handleNodeRequest(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body =
        chunks.length === 0
          ? undefined
          : chunks.length === 1
            ? (chunks[0] as Buffer)
            : Buffer.concat(chunks)
      answer(req, res, body).catch((error: unknown) => {
        write(res, {
          status: 500,
          body: {
            error: `[martech-sandbox] Failed to answer "${req.url}": ${(error as Error).message}.`,
          },
        })
      })
    })
  }

  async function answer(req: IncomingMessage, res: ServerResponse, body: Buffer | undefined) {
    const rawUrl = req.url ?? '/'
    const queryAt = rawUrl.indexOf('?')
    const pathname = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt)
    const query = new URLSearchParams(queryAt === -1 ? '' : rawUrl.slice(queryAt + 1))
    const headers = flattenHeaders(req)
    if (pathname === '/__admin' || pathname.startsWith('/__admin/')) {
      return write(
        res,
        await handleAdminRequest(
          sandbox.core,
          req.method ?? 'GET',
          pathname.slice('/__admin'.length) || '/',
          query,
          body,
        ),
      )
    }
    const host = headers.host?.replace(/:\d+$/, '').toLowerCase()
    let service = host ? byHost.get(host) : undefined
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
    if (!service) {
      return write(res, {
        status: 404,
        body: {
          error: `[martech-sandbox] Failed to route "${pathname}": no service matches the path or Host. Use /${[...names].join('/…, /')}/… or a Host header naming the real service.`,
        },
      })
    }
    const origin = `http://${headers.host ?? 'localhost'}`
    const result = await sandbox.core.dispatch({
      service,
      method: req.method ?? 'GET',
      path,
      query,
      headers,
      body,
      baseUrl: `${origin}${prefix}`,
      adminUrl: `${origin}/__admin`,
    })
    if (result.networkError) {
      req.socket.destroy()
      return
    }
    write(res, result)
  }
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return headers
}

function write(res: ServerResponse, result: RouteResult): void {
  const { status, headers, payload } = serializeResult(result)
  if (payload !== undefined)
    headers['content-length'] = String(
      typeof payload === 'string' ? Buffer.byteLength(payload) : payload.byteLength,
    )
  res.writeHead(status, headers)
  res.end(payload)
}
