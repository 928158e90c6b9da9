/**
 * The request path, once, for every service and every transport:
 * route → auth → rate limit → body → validate → fault → route function → journal.
 * Routing comes first so the operation's own security and scope are known; an unknown path is
 * still authenticated first, as the gateway in front of a real API would. The sandbox's own admin
 * API (a control-plane service) takes the same path, but is neither faulted nor journaled.
 */
import type { Account, AccountRegistry, ApiKey } from './accounts.ts'
import type { Route, RouteContext } from './define-route.ts'
import type { TypedEmitter } from './events.ts'
import { isFailure, type SandboxFailure, type ValidationIssue } from './failures.ts'
import { type PendingBody, parseBody } from './parse-body.ts'
import type { StateObserver } from './persistence/state-observer.ts'
import { authenticate } from './pipeline/authenticate.ts'
import type { FaultRules } from './pipeline/faults.ts'
import type { RateLimiter } from './pipeline/rate-limiter.ts'
import { createRouteContext } from './pipeline/route-context.ts'
import type { IdGenerator } from './records/ids.ts'
import type { FiredFault, JournalEntry } from './request-journal.ts'
import type { RetentionLimits } from './retention.ts'
import type { RouteResult } from './route-result.ts'
import type { RouteTable } from './route-table.ts'
import { SandboxError } from './sandbox-error.ts'
import type { ServiceDefinition } from './service-definition.ts'
import type { Clock } from './time/clock.ts'
import { validateRequest } from './validate-request.ts'

/** A request as both adapters hand it to the engine. */
export interface IncomingRequest {
  service: string
  method: string
  /** Path inside the service, percent-encoded as received, without the query string. */
  path: string
  query: URLSearchParams
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Record<string, string>
  /** Bytes, or a body still on the wire that the engine reads only once the request is admitted. */
  body?: Uint8Array | PendingBody
  /** Where the client reached this service (`http://127.0.0.1:4010/connectif`), for absolute links. */
  baseUrl: string
  /** Where the same client reaches the admin API (`http://127.0.0.1:4010/__admin`). */
  adminUrl: string
}

export interface SandboxEventMap extends Record<string, unknown> {
  'request:start': { service: string; method: string; path: string }
  'request:end': Omit<JournalEntry, 'id'>
  'request:error': { service: string; operationId: string; error: unknown }
  /** A request as the journal stored it (id, masked secrets): what the live journal streams. */
  'journal:recorded': JournalEntry
  /** Every store was emptied (`reset()`), at this sandbox time. */
  'sandbox:reset': { time: number }
}

/** A service as the engine runs it: its definition, route table, routes and current state. */
export interface ServiceRuntime {
  definition: ServiceDefinition<unknown>
  table: RouteTable
  /** operationId → route. */
  routes: ReadonlyMap<string, Route<unknown>>
  state: unknown
}

/** What answering a request uses of the sandbox. */
export interface DispatchEngine {
  readonly clock: Clock
  readonly ids: IdGenerator
  readonly accounts: AccountRegistry
  readonly rateLimiter: RateLimiter
  readonly faults: FaultRules
  readonly events: TypedEmitter<SandboxEventMap>
  readonly retention: Readonly<RetentionLimits>
  /** A store keeping the state: told when a request is answered, before the answer leaves. */
  readonly observer?: StateObserver | undefined
}

const WINDOW_MS = 60_000
const DEFAULT_MAX_BODY_BYTES = 50 * 1024 * 1024

export async function dispatch(
  core: DispatchEngine,
  runtime: ServiceRuntime,
  request: IncomingRequest,
): Promise<RouteResult> {
  const started = performance.now()
  const arrivedAt = core.clock.now()
  const { definition: service, table } = runtime
  const match = table.find(request.method, request.path)
  let account: Account | undefined
  let key: ApiKey | undefined
  let limitHeaders: Record<string, string> | undefined
  let requestBody: unknown
  // What the route accepted with a note (ctx.warn), for the journal.
  const warnings: string[] = []
  // For the journal's detail: why validation refused the request, and the fault that fired.
  let issues: ValidationIssue[] | undefined
  let fired: FiredFault | undefined
  // The admin API is the test's own control: its calls are not the integration's traffic.
  const observed = !service.controlPlane
  if (observed)
    core.events.emit('request:start', {
      service: service.name,
      method: request.method,
      path: request.path,
    })

  const finish = (result: RouteResult): RouteResult | Promise<RouteResult> => {
    // Rate-limit headers go on every response of an authenticated request, errors included.
    const final = limitHeaders
      ? { ...result, headers: { ...limitHeaders, ...result.headers } }
      : result
    if (!observed) return settle(core, service.name, final)
    const entry: Omit<JournalEntry, 'id'> = {
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
      ...(warnings.length > 0 ? { warnings } : {}),
    }
    // Only refused or faulted requests carry these: nothing is built for the common case.
    if (issues) entry.issues = issues
    if (fired) entry.fault = fired
    core.events.emit('request:end', entry)
    return settle(core, service.name, final)
  }
  const fail = (failure: SandboxFailure) => {
    if (failure.kind === 'validation') issues = failure.issues
    return finish(service.renderFailure(failure, match?.operation))
  }

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
  if (!match) return fail(notRouted(table, request))

  const { operation } = match
  const maxBytes = service.maxBodyBytes?.(operation) ?? DEFAULT_MAX_BODY_BYTES
  const headers = service.bodyMediaType
    ? { ...request.headers, 'content-type': service.bodyMediaType }
    : request.headers
  const parsed = await parseBody(operation, headers, request.body, maxBytes)
  if (isFailure(parsed)) return fail(parsed)
  requestBody = parsed.forValidation
  const validated = validateRequest(operation, match.params, request.query, request.headers, parsed)
  if (isFailure(validated)) return fail(validated)

  const fault = observed
    ? core.faults.match(service.name, operation.operationId, request.method)
    : undefined
  if (fault)
    fired = {
      ruleId: fault.rule.id,
      ...(fault.result?.networkError ? { networkError: true } : {}),
      ...(fault.result?.noAnswer ? { noAnswer: true } : {}),
      ...(fault.result && !fault.result.networkError && !fault.result.noAnswer
        ? { status: fault.result.status }
        : {}),
      ...(fault.delayMs ? { delayMs: fault.delayMs } : {}),
    }
  if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
  // A bodiless error status is rendered by the service, in its own error shape.
  if (fault?.failure) return fail(fault.failure)
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
    retention: core.retention,
    warn: (message) => warnings.push(message),
    authenticate: (credential) => core.accounts.authenticate(service.name, credential),
  })
  try {
    if (account) await service.beforeRoute?.(context, runtime.state)
    const route = runtime.routes.get(operation.operationId) as Route<unknown>
    return finish(await route.handle(context as RouteContext<never, never, never>, runtime.state))
  } catch (error) {
    const answer = answerThrown(core, service.name, operation.operationId, error)
    // A `rejected` failure carries a status too: told apart from an answer by its kind.
    return 'kind' in answer ? fail(answer) : finish(answer)
  }
}

/** With a store attached, what the request changed is saved before its answer leaves. */
function settle(
  core: DispatchEngine,
  service: string,
  final: RouteResult,
): RouteResult | Promise<RouteResult> {
  const saved = core.observer?.settle(service)
  return saved ? saved.then(() => final) : final
}

/** Why no operation matched: a known path with other methods is 405, anything else 404. */
function notRouted(table: RouteTable, request: IncomingRequest): SandboxFailure {
  const allowed = table.allowedMethods(request.path)
  return allowed.length > 0
    ? { kind: 'method-not-allowed', method: request.method, path: request.path, allowed }
    : { kind: 'route-not-found', method: request.method, path: request.path }
}

/** What a route's throw answers: a caller's mistake in the service's shape, anything else a 500. */
function answerThrown(
  core: DispatchEngine,
  service: string,
  operationId: string,
  error: unknown,
): RouteResult | SandboxFailure {
  // A caller's mistake found deep in a model: answered in the service's own error shape.
  if (error instanceof SandboxError)
    return error.answer ?? { kind: 'rejected', status: error.status, message: error.message }
  // Anything else a route throws is a sandbox bug: say so plainly instead of dropping the connection.
  core.events.emit('request:error', { service, operationId, error })
  return {
    status: 500,
    body: {
      error: `[martech-sandbox] Failed to run "${service}.${operationId}": ${(error as Error).message}. This is a bug in martech-sandbox; please report it.`,
    },
  }
}
