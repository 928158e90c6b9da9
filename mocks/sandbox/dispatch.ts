/**
 * The request path, once, for every service and every transport:
 * route → auth → rate limit → body → validate → fault → route function → journal.
 * Routing comes first so the operation's own security and scope are known; an unknown path is
 * still authenticated first, as the gateway in front of a real API would. The sandbox's own admin
 * API (a control-plane service) takes the same path, but is neither faulted nor journaled.
 */
import type { AccountRegistry, AuthenticatedKey } from './accounts.ts'
import type { Route, RouteContext } from './define-route.ts'
import type { TypedEmitter } from './events.ts'
import { isFailure, type SandboxFailure, type ValidationIssue } from './failures.ts'
import { type PendingBody, parseBody } from './parse-body.ts'
import type { StateObserver } from './persistence/state-observer.ts'
import { authenticate } from './pipeline/authenticate.ts'
import type { FaultRules } from './pipeline/faults.ts'
import type { RateLimiter } from './pipeline/rate-limiter.ts'
import { createRouteContext, type SandboxRouteContext } from './pipeline/route-context.ts'
import type { IdGenerator } from './records/ids.ts'
import type { FiredFault, JournalDraft, JournalEntry } from './request-journal.ts'
import type { RetentionLimits } from './retention.ts'
import type { RouteResult } from './route-result.ts'
import type { RouteMatch, RouteTable } from './route-table.ts'
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
  'request:end': JournalDraft
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
  const { definition: service, table } = runtime
  const match = table.find(request.method, request.path)
  const answering = new Answering(core, service, request, match)
  // The admin API is the test's own control: its calls are not the integration's traffic.
  if (answering.observed && core.events.has('request:start'))
    core.events.emit('request:start', {
      service: service.name,
      method: request.method,
      path: request.path,
    })

  // An unknown path is authenticated when the service as a whole requires it, as a gateway would.
  if (match ? match.operation.requiresAuth : table.requiresAuth) {
    const auth = authenticate(service, core.accounts, request.headers, match?.operation)
    if (isFailure(auth)) return answering.fail(auth)
    answering.authenticated = auth
    const { account } = auth
    const limit = account.rateLimits[service.name] ?? service.defaultRateLimit
    if (limit !== undefined) {
      const verdict = core.rateLimiter.take(account.id, service.name, {
        limit,
        windowMs: WINDOW_MS,
      })
      answering.limitHeaders = service.rateLimitHeaders?.(verdict)
      if (!verdict.allowed) return answering.fail({ kind: 'rate-limited', verdict })
    }
  }
  if (!match) return answering.fail(notRouted(table, request))

  const { operation } = match
  const maxBytes = service.maxBodyBytes?.(operation) ?? DEFAULT_MAX_BODY_BYTES
  const headers = service.bodyMediaType
    ? { ...request.headers, 'content-type': service.bodyMediaType }
    : request.headers
  const parsed = await parseBody(operation, headers, request.body, maxBytes)
  if (isFailure(parsed)) return answering.fail(parsed)
  answering.requestBody = parsed.forValidation
  const validated = validateRequest(operation, match.params, request.query, request.headers, parsed)
  if (isFailure(validated)) return answering.fail(validated)

  const fault = answering.observed
    ? core.faults.match(service.name, operation.operationId, request.method)
    : undefined
  if (fault)
    answering.fired = {
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
  if (fault?.failure) return answering.fail(fault.failure)
  if (fault?.result) return answering.finish(fault.result)

  const context = createRouteContext({
    operationId: operation.operationId,
    authenticated: answering.authenticated,
    params: validated.params,
    query: validated.query,
    body: validated.body,
    headers: request.headers,
    contentType: parsed.contentType,
    now: answering.arrivedAt,
    baseUrl: request.baseUrl,
    adminUrl: request.adminUrl,
    ids: core.ids,
    retention: core.retention,
    service: service.name,
    accounts: core.accounts,
  })
  answering.context = context
  try {
    const before = answering.authenticated && service.beforeRoute?.(context, runtime.state)
    if (before) await before
    const route = runtime.routes.get(operation.operationId) as Route<unknown>
    const routeContext: RouteContext = context
    return answering.finish(
      await route.handle(routeContext as RouteContext<never, never, never>, runtime.state),
    )
  } catch (error) {
    const answer = answerThrown(core, service.name, operation.operationId, error)
    // A `rejected` failure carries a status too: told apart from an answer by its kind.
    return 'kind' in answer ? answering.fail(answer) : answering.finish(answer)
  }
}

/** Response headers of a journal entry whose answer had none: one frozen object, not one each. */
const NO_HEADERS: Record<string, string> = Object.freeze({}) as Record<string, string>

/**
 * One request on its way through dispatch: what it learnt (the caller, its rate-limit headers,
 * the body, why it was refused, the fault that fired) and how it ends. A class, so a request
 * allocates one object for this instead of closures over a dozen variables.
 */
class Answering {
  readonly core: DispatchEngine
  readonly service: ServiceDefinition<unknown>
  readonly request: IncomingRequest
  readonly match: RouteMatch | undefined
  readonly started = performance.now()
  readonly arrivedAt: number
  readonly observed: boolean
  authenticated: AuthenticatedKey | undefined = undefined
  limitHeaders: Record<string, string> | undefined = undefined
  requestBody: unknown = undefined
  context: SandboxRouteContext | undefined = undefined
  /** For the journal's detail: why validation refused the request, and the fault that fired. */
  issues: ValidationIssue[] | undefined = undefined
  fired: FiredFault | undefined = undefined

  constructor(
    core: DispatchEngine,
    service: ServiceDefinition<unknown>,
    request: IncomingRequest,
    match: RouteMatch | undefined,
  ) {
    this.core = core
    this.service = service
    this.request = request
    this.match = match
    this.arrivedAt = core.clock.now()
    this.observed = !service.controlPlane
  }

  finish(result: RouteResult): RouteResult | Promise<RouteResult> {
    const { core, service, request, limitHeaders } = this
    // Rate-limit headers go on every response of an authenticated request, errors included.
    const final = limitHeaders
      ? { ...result, headers: { ...limitHeaders, ...result.headers } }
      : result
    if (!this.observed) return settle(core, service.name, final)
    const entry: JournalDraft = {
      id: 0,
      time: this.arrivedAt,
      service: service.name,
      method: request.method,
      path: request.path,
      operationId: this.match?.operation.operationId,
      accountId: this.authenticated?.account.id,
      status: final.status,
      durationMs: performance.now() - this.started,
      request: { headers: request.headers, body: this.requestBody },
      response: { headers: final.headers ?? NO_HEADERS, body: final.body },
    }
    // Only some requests carry these: nothing is built for the common case.
    const warnings = this.context?.warnings
    if (warnings) entry.warnings = warnings
    if (this.issues) entry.issues = this.issues
    if (this.fired) entry.fault = this.fired
    core.events.emit('request:end', entry)
    return settle(core, service.name, final)
  }

  fail(failure: SandboxFailure): RouteResult | Promise<RouteResult> {
    if (failure.kind === 'validation') this.issues = failure.issues
    return this.finish(this.service.renderFailure(failure, this.match?.operation))
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
