/**
 * What a service (Connectif, Hellotext, …, and the sandbox's own admin API) hands the engine: its
 * OpenAPI document, one route per operationId, how its keys look and are read, its rate limit, and
 * how it renders a failure into its real error body. Everything else (routing, auth, limits,
 * validation, journal, faults) is the engine's.
 */
import type { OpenApiDocument } from '../../src/openapi/openapi-document.ts'
import type { Account, AccountRegistry, KeyFactory } from './accounts.ts'
import type { Route, RouteContext } from './define-route.ts'
import type { SandboxFailure } from './failures.ts'
import type { RateLimitVerdict } from './pipeline/rate-limiter.ts'
import type { RouteResult } from './route-result.ts'
import type { OperationSpec } from './route-table.ts'

export interface ServiceDefinition<State = unknown> {
  name: string
  document: OpenApiDocument
  /** Hosts an unmodified client calls, e.g. `api.connectif.cloud`. */
  hosts: string[]
  /** One route per operationId of the document, no more, no fewer (checked at start-up). */
  routes: ReadonlyArray<Route<State>>
  /** How the service's API keys look; omit for a service that takes no credential (JivoChat's CRM). */
  mintKey?: KeyFactory
  /**
   * Why `key` cannot be one of this service's keys (a fixture file names keys), or undefined when
   * it can; a key is always one token, since every credential header reads one.
   */
  keyProblem?(key: string): string | undefined
  /** The credential in the request: a string, undefined when absent, null when malformed. */
  readCredential?(headers: Record<string, string>): string | undefined | null
  /** The scope an operation needs; undefined for none. */
  scopeOf?(operation: OperationSpec): string | undefined
  /** Default requests per minute per account; undefined for no limit. */
  defaultRateLimit?: number
  /** Headers that report the limit, added to every response of an authenticated request. */
  rateLimitHeaders?(verdict: RateLimitVerdict): Record<string, string>
  /**
   * Read every body as this media type, whatever its Content-Type says: the admin API takes JSON
   * from `curl -d` and a bare `fetch(url, { body })`, which send form or text types.
   */
  bodyMediaType?: string
  /** Largest body an operation accepts, in bytes. */
  maxBodyBytes?(operation: OperationSpec): number
  /**
   * Runs before every route of an authenticated request, e.g. to play clock-paced jobs forward
   * so any answer (a contact read, not only the job's own GET) reflects the sandbox time. The
   * route waits for a returned promise: long catch-ups can yield to other requests meanwhile.
   */
  beforeRoute?(ctx: RouteContext, state: State): void | Promise<void> | Promise<void>
  /** Renders a failure as the service's real error; `operation` is undefined when no route matched. */
  renderFailure(failure: SandboxFailure, operation?: OperationSpec): RouteResult
  /** A fresh state: at start, and after every reset. */
  createState(): State
  /**
   * Called for every account the sandbox creates, and again when its settings change: registers
   * the keys a service derives from the account (Hellotext's Business ID).
   */
  prepareAccount?(account: Account, accounts: AccountRegistry): void
  /** The account's settings for this service, defaults filled in (what serve's banner shows). */
  readSettings?(account: Account): object
  /** Loads a fixture file's data for this service into an account; throws SandboxError on bad data. */
  seedFixtures?(state: State, account: Account, data: unknown, accounts: AccountRegistry): void
  /** The sandbox's own control API: its requests are not journaled and no fault rule applies. */
  controlPlane?: boolean
  /** How a store saves the state beside the tables (persistence/saved-state.ts); omit when all of it is saved. */
  persistence?: ServicePersistence<State>
}

/**
 * A store saves every table row by row, TrackedMap/TrackedSet key by key, and the rest of the
 * state (counters, plain objects) as one value. This says what it must not save, and what to
 * rebuild after a load.
 */
export interface ServicePersistence<State> {
  /** State fields never saved: caches rebuilt on use, work under way (promises), indexes `rebuild` makes. */
  notSaved?: string[]
  /** Rebuilds the unsaved indexes from the tables just loaded. */
  rebuild?(state: State): void
  /**
   * Record fields saved apart from the rest of their record, and again only when replaced (so
   * never changed in place): `{ imports: ['pendingRows'] }` keeps a 100k-row array out of every
   * save of the job's progress.
   */
  savedApart?: Record<string, string[]>
}

/** An identity function, there for typing. */
export function defineService<State>(
  definition: ServiceDefinition<State>,
): ServiceDefinition<State> {
  return definition
}
