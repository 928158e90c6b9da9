/**
 * Builds the context a route receives. `account` and `key` are there for every operation the spec
 * secures; reading them in one it leaves unsecured (`security: []`) means the spec and the route
 * disagree, a sandbox bug, so the getter throws and the pipeline answers 500 saying so.
 */
import type { Account, AccountRegistry, ApiKey, AuthenticatedKey } from '../accounts.ts'
import type { RouteContext } from '../define-route.ts'

export interface RouteContextInput
  extends Omit<RouteContext, 'account' | 'key' | 'warn' | 'authenticate'> {
  /** Undefined for an operation the spec leaves unsecured. */
  authenticated: AuthenticatedKey | undefined
  /** The service answering: whose keys `ctx.authenticate` looks up. */
  service: string
  accounts: Pick<AccountRegistry, 'authenticate'>
}

export function createRouteContext(input: RouteContextInput): SandboxRouteContext {
  return new SandboxRouteContext(input)
}

/**
 * A class rather than an object with defined properties: one per request, and objects given
 * getters one by one fall out of V8's fast shapes (measured: the top engine entry of the hot path).
 * `account`, `key`, `warn` and `authenticate` live on the prototype, so a request allocates no
 * closures for them unless it uses them.
 */
export class SandboxRouteContext implements RouteContext {
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
  /** What the route accepted with a note (`warn`), for the journal; undefined until the first. */
  warnings: string[] | undefined = undefined
  readonly #authenticated: AuthenticatedKey | undefined
  readonly #service: string
  readonly #accounts: Pick<AccountRegistry, 'authenticate'>

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
    this.#authenticated = input.authenticated
    this.#service = input.service
    this.#accounts = input.accounts
  }

  get account(): Account {
    return (this.#authenticated ?? this.#unsecured()).account
  }

  get key(): ApiKey {
    return (this.#authenticated ?? this.#unsecured()).key
  }

  // Getters returning functions rather than methods: a route may pass them on detached
  // (`accountOfWebClientId(ctx.authenticate, token)`), and only a request that uses one pays for it.
  get warn(): (message: string) => void {
    return (message) => {
      if (this.warnings) this.warnings.push(message)
      else this.warnings = [message]
    }
  }

  get authenticate(): (credential: string) => AuthenticatedKey | undefined {
    return (credential) => this.#accounts.authenticate(this.#service, credential)
  }

  #unsecured(): never {
    throw new Error(
      `Operation ${this.operationId} read the caller's account, but its spec security leaves it unsecured`,
    )
  }
}
