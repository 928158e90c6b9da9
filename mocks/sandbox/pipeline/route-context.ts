/**
 * Builds the context a route receives. `account` and `key` are there for every operation the spec
 * secures; reading them in one it leaves unsecured (`security: []`) means the spec and the route
 * disagree, a sandbox bug, so the getter throws and the pipeline answers 500 saying so.
 */
import type { Account, ApiKey, AuthenticatedKey } from '../accounts.ts'
import type { RouteContext } from '../define-route.ts'

export interface RouteContextInput extends Omit<RouteContext, 'account' | 'key'> {
  /** Undefined for an operation the spec leaves unsecured. */
  authenticated: AuthenticatedKey | undefined
}

export function createRouteContext(input: RouteContextInput): RouteContext {
  return new SandboxRouteContext(input)
}

/**
 * A class rather than an object with defined properties: one per request, and objects given
 * getters one by one fall out of V8's fast shapes (measured: the top engine entry of the hot path).
 * `account` and `key` live on the prototype, so copying a context never trips their getters.
 */
class SandboxRouteContext implements RouteContext {
  readonly operationId: string
  readonly now: number
  readonly ids: RouteContext['ids']
  readonly retention: RouteContext['retention']
  readonly params: Record<string, unknown>
  readonly query: Record<string, unknown>
  readonly headers: Record<string, string>
  readonly body: unknown
  readonly contentType: string | undefined
  readonly baseUrl: string
  readonly adminUrl: string
  readonly warn: RouteContext['warn']
  readonly authenticate: RouteContext['authenticate']
  readonly #authenticated: AuthenticatedKey | undefined

  constructor(input: RouteContextInput) {
    this.operationId = input.operationId
    this.now = input.now
    this.ids = input.ids
    this.retention = input.retention
    this.params = input.params
    this.query = input.query
    this.headers = input.headers
    this.body = input.body
    this.contentType = input.contentType
    this.baseUrl = input.baseUrl
    this.adminUrl = input.adminUrl
    this.warn = input.warn
    this.authenticate = input.authenticate
    this.#authenticated = input.authenticated
  }

  get account(): Account {
    return (this.#authenticated ?? this.#unsecured()).account
  }

  get key(): ApiKey {
    return (this.#authenticated ?? this.#unsecured()).key
  }

  #unsecured(): never {
    throw new Error(
      `Operation ${this.operationId} read the caller's account, but its spec security leaves it unsecured`,
    )
  }
}
