/**
 * The request path, once, for every service and every transport:
 * route → auth → rate limit → body → validate → fault → route function → journal.
 * Routing comes first so the operation's own security and scope are known; an unknown path is
 * still authenticated first, as the gateway in front of a real API would.
 */
import { authenticate } from './authenticate.ts'
import type { Route, RouteContext } from './define-route.ts'
import { isFailure, type SandboxFailure } from './failures.ts'
import { parseBody } from './parse-body.ts'
import { createRouteContext } from './route-context.ts'
import type { RouteResult } from './route-result.ts'
import type { IncomingRequest, SandboxCore, ServiceRuntime } from './sandbox.ts'
import { SandboxError } from './sandbox-error.ts'
import { validateRequest } from './validate-request.ts'

const WINDOW_MS = 60_000
const DEFAULT_MAX_BODY_BYTES = 50 * 1024 * 1024

export async function dispatch(
  core: SandboxCore,
  runtime: ServiceRuntime,
  request: IncomingRequest,
): Promise<RouteResult> {
  const started = performance.now()
  const arrivedAt = core.clock.now()
  const { definition: service, table } = runtime
  const match = table.find(request.method, request.path)
  let account: import('./accounts.ts').Account | undefined
  let key: import('./accounts.ts').ApiKey | undefined
  let limitHeaders: Record<string, string> | undefined
  let requestBody: unknown
  core.events.emit('request:start', {
    service: service.name,
    method: request.method,
    path: request.path,
  })

  const finish = (result: RouteResult): RouteResult => {
    // Rate-limit headers go on every response of an authenticated request, errors included.
    const final = limitHeaders
      ? { ...result, headers: { ...limitHeaders, ...result.headers } }
      : result
    core.events.emit('request:end', {
      time: arrivedAt,
      service: service.name,
      method: request.method,
      path: request.path,
      operationId: match?.operation.operationId,
      accountId: account?.id,
      status: final.status,
      durationMs: performance.now() - started,
      request: { headers: request.headers, body: requestBody },
      response: { headers: final.headers ?? {}, body: final.body },
    })
    return final
  }
  const fail = (failure: SandboxFailure) => finish(service.renderFailure(failure, match?.operation))

  // An unknown path is authenticated when the service as a whole requires it, as a gateway would.
  if (match ? match.operation.requiresAuth : table.requiresAuth) {
    const auth = authenticate(service, core.accounts, request.headers, match?.operation)
    if (isFailure(auth)) return fail(auth)
    ;({ account, key } = auth)
    const limit = account.rateLimits[service.name] ?? service.defaultRateLimit
    if (limit !== undefined) {
      const verdict = core.rateLimiter.take(account.id, service.name, {
        limit,
        windowMs: WINDOW_MS,
      })
      limitHeaders = service.rateLimitHeaders?.(verdict)
      if (!verdict.allowed) return fail({ kind: 'rate-limited', verdict })
    }
  }
  if (!match) {
    const allowed = table.allowedMethods(request.path)
    if (allowed.length > 0)
      return fail({
        kind: 'method-not-allowed',
        method: request.method,
        path: request.path,
        allowed,
      })
    return fail({ kind: 'route-not-found', method: request.method, path: request.path })
  }

  const { operation } = match
  const maxBytes = service.maxBodyBytes?.(operation) ?? DEFAULT_MAX_BODY_BYTES
  const parsed = await parseBody(operation, request.headers, request.body, maxBytes)
  if (isFailure(parsed)) return fail(parsed)
  requestBody = parsed.forValidation
  const validated = validateRequest(operation, match.params, request.query, request.headers, parsed)
  if (isFailure(validated)) return fail(validated)

  const fault = core.faults.match(service.name, operation.operationId, request.method)
  if (fault?.rule.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.rule.delayMs))
  if (fault?.result) return finish(fault.result)

  const context = createRouteContext({
    operationId: operation.operationId,
    authenticated: account && key ? { account, key } : undefined,
    ...validated,
    headers: request.headers,
    contentType: parsed.contentType,
    now: arrivedAt,
    baseUrl: request.baseUrl,
    adminUrl: request.adminUrl,
    ids: core.ids,
    authenticate: (credential) => core.accounts.authenticate(service.name, credential),
    sandbox: core,
  })
  try {
    if (account) await service.beforeRoute?.(context, runtime.state)
    const route = runtime.routes.get(operation.operationId) as Route<unknown>
    return finish(await route.handle(context as RouteContext<never, never, never>, runtime.state))
  } catch (error) {
    // A caller's mistake found deep in a model: answered in the service's own error shape.
    if (error instanceof SandboxError)
      return error.answer
        ? finish(error.answer)
        : fail({ kind: 'rejected', status: error.status, message: error.message })
    // Anything else a route throws is a sandbox bug: say so plainly instead of dropping the connection.
    core.events.emit('request:error', {
      service: service.name,
      operationId: operation.operationId,
      error,
    })
    return finish({
      status: 500,
      body: {
        error: `[martech-sandbox] Failed to run "${service.name}.${operation.operationId}": ${(error as Error).message}. This is a bug in martech-sandbox; please report it.`,
      },
    })
  }
}
