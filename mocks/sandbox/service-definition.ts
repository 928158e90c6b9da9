/**
 * What a service (Connectif, Hellotext, …) hands the engine: its OpenAPI document, one route
 * function per operationId, how its keys look and are read, its rate limit, and how it renders
 * a failure into its real error body. Everything else (routing, auth, limits, validation,
 * journal, faults) is the engine's.
 */
import type { OpenApiDocument } from '../../src/openapi/openapi-document.ts'
import type { Account, AccountRegistry, ApiKey, KeyFactory } from './accounts.ts'
import type { Route, RouteContext as TypedRouteContext } from './define-route.ts'
import type { SandboxFailure } from './failures.ts'
import type { RateLimitVerdict } from './rate-limiter.ts'
import type { RouteResult } from './route-result.ts'
import type { OperationSpec } from './route-table.ts'
import type { SandboxCore } from './sandbox.ts'

/** The parsed request a route function receives. */
export interface RouteContext<Body = unknown> {
  operationId: string
  /** Undefined only for operations the spec marks `security: []`. */
  account: Account | undefined
  key: ApiKey | undefined
  /** Path parameters, decoded and coerced to their schema types. */
  params: Record<string, unknown>
  /** Query parameters the operation declares, coerced to their schema types. */
  query: Record<string, unknown>
  /** Request headers, names lower-cased. */
  headers: Record<string, string>
  /** JSON value, form fields (files as `File`), or undefined. */
  body: Body
  contentType: string | undefined
  /** Sandbox time when the request arrived. */
  now: number
  /** Where the client reached this service, for absolute links (`links.next`). */
  baseUrl: string
  /** Where the same client reaches the admin API, for sandbox-served files (error reports, exports). */
  adminUrl: string
  sandbox: SandboxCore
}

/**
 * The caller's account, for an operation the spec secures: the engine has authenticated the
 * request before the route runs, so a missing account is a bug in the sandbox, not the caller.
 */
export function requireAccount(ctx: RouteContext): Account {
  if (!ctx.account)
    throw new Error(
      `Operation ${ctx.operationId} ran without an account; its spec security and route disagree`,
    )
  return ctx.account
}

/** A route function of the old shape (whole-core context), wrapped by `legacyRoutes()`. */
export type RouteHandler<State> = (
  // biome-ignore lint/suspicious/noExplicitAny: each route narrows its own body type from the generated operations
  ctx: RouteContext<any>,
  state: State,
) => RouteResult | Promise<RouteResult>

export interface ServiceDefinition<State = unknown> {
  name: string
  document: OpenApiDocument
  /** Hosts an unmodified client calls, e.g. `api.connectif.cloud`. */
  hosts: string[]
  /** One route per operationId of the document, no more, no fewer (checked at start-up). */
  routes: ReadonlyArray<Route<State>>
  /** How the service's API keys look; omit for a service that takes no credential (JivoChat's CRM). */
  mintKey?: KeyFactory
  /** The credential in the request: a string, undefined when absent, null when malformed. */
  readCredential?(headers: Record<string, string>): string | undefined | null
  /** The scope an operation needs; undefined for none. */
  scopeOf?(operation: OperationSpec): string | undefined
  /** Default requests per minute per account; undefined for no limit. */
  defaultRateLimit?: number
  /** Headers that report the limit, added to every response of an authenticated request. */
  rateLimitHeaders?(verdict: RateLimitVerdict): Record<string, string>
  /** Largest body an operation accepts, in bytes. */
  maxBodyBytes?(operation: OperationSpec): number
  /**
   * Runs before every route of an authenticated request, e.g. to play clock-paced jobs forward
   * so any answer (a contact read, not only the job's own GET) reflects the sandbox time. The
   * route waits for a returned promise: long catch-ups can yield to other requests meanwhile.
   */
  beforeRoute?(ctx: TypedRouteContext, state: State): void | Promise<void>
  /** Renders a failure as the service's real error; `operation` is undefined when no route matched. */
  renderFailure(failure: SandboxFailure, operation?: OperationSpec): RouteResult
  createState(sandbox: SandboxCore): State
  /**
   * Called for every account the sandbox creates, and again when its settings change: registers
   * the keys a service derives from the account (Hellotext's Business ID).
   */
  prepareAccount?(account: Account, accounts: AccountRegistry): void
  /** The account's settings for this service, defaults filled in, as the admin API shows them. */
  readSettings?(account: Account): object
  /** Loads a fixture file's data for this service into an account; throws SandboxError on bad data. */
  seedFixtures?(state: State, account: Account, data: unknown, accounts: AccountRegistry): void
  /** The sandbox's own control API: its requests are not journaled and no fault rule applies. */
  controlPlane?: boolean
  /** The service's own admin endpoints under `/__admin/<service>/…`; undefined when none matches. */
  adminRoutes?(
    request: AdminRequest,
    state: State,
  ): RouteResult | undefined | Promise<RouteResult | undefined>
}

export interface AdminRequest {
  method: string
  /** Path after `/__admin/<service>`. */
  path: string
  query: URLSearchParams
  body: Record<string, unknown>
  sandbox: SandboxCore
}

/** Wraps an operationId → function map of the old shape as routes. */
export function legacyRoutes<State>(
  routes: Record<string, RouteHandler<State>>,
): Array<Route<State>> {
  return Object.entries(routes).map(([operationId, handle]) => ({
    operationId,
    handle: handle as unknown as Route<State>['handle'],
  }))
}

/** An identity function, there for typing. */
export function defineService<State>(
  definition: ServiceDefinition<State>,
): ServiceDefinition<State> {
  return definition
}
