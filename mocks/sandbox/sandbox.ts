/**
 * The engine's Sandbox: everything mutable in one object (clock, ids, accounts, rate-limit
 * counters, journal, faults, and each service's state), plus `dispatch()`, the one way a request
 * is answered. Transport-free: the MSW and node:http adapters sit on top of it.
 *
 * @example
 * const core = createSandboxCore({ services: [connectif], seed: 1 })
 * const result = await core.dispatch({ service: 'connectif', method: 'GET', path: '/contacts/email/a%40b.c',
 *   query: new URLSearchParams(), headers: { authorization: `apiKey ${core.defaultAccount.keys.connectif}` } })
 */
import {
  type Account,
  AccountRegistry,
  type CreateAccountInput,
  type KeyFactory,
} from './accounts.ts'
import { type Clock, createClock } from './clock.ts'
import type { Route } from './define-route.ts'
import { dispatch } from './dispatch.ts'
import { TypedEmitter } from './events.ts'
import { FaultRules } from './faults.ts'
import { formatMessage } from './format-message.ts'
import { createIdGenerator, type IdGenerator } from './ids.ts'
import type { PendingBody } from './parse-body.ts'
import { createRateLimiter, type RateLimiter } from './rate-limiter.ts'
import { type JournalEntry, RequestJournal } from './request-journal.ts'
import type { RouteResult } from './route-result.ts'
import { getRouteTable, type RouteTable } from './route-table.ts'
import type { ServiceDefinition } from './service-definition.ts'

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
}

export interface ServiceRuntime {
  definition: ServiceDefinition<unknown>
  table: RouteTable
  /** operationId → route. */
  routes: ReadonlyMap<string, Route<unknown>>
  state: unknown
}

export interface SandboxCoreOptions {
  // biome-ignore lint/suspicious/noExplicitAny: services of different state types live in one list
  services: Array<ServiceDefinition<any>>
  /** Seed of ids, keys and fault dice. @default 1 */
  seed?: number
  clock?: Clock
  /** How many requests the journal keeps. @default 1000 */
  journalSize?: number
  /** The account created at start and after every reset. */
  defaultAccount?: CreateAccountInput
}

export interface SandboxCore {
  readonly clock: Clock
  readonly ids: IdGenerator
  readonly journal: RequestJournal
  readonly events: TypedEmitter<SandboxEventMap>
  readonly accounts: AccountRegistry
  readonly faults: FaultRules
  readonly rateLimiter: RateLimiter
  readonly services: ReadonlyMap<string, ServiceRuntime>
  /** The account every fresh sandbox has, with one key per service. */
  readonly defaultAccount: { account: Account; keys: Record<string, string> }
  /** A service's state (its tables), e.g. `core.stateOf<ConnectifState>('connectif')`. */
  stateOf<State>(service: string): State
  dispatch(request: IncomingRequest): Promise<RouteResult>
  /** Empties every store, the journal, counters and faults, and re-creates the default account (same keys). */
  reset(): void
}

export function createSandboxCore(options: SandboxCoreOptions): SandboxCore {
  const seed = options.seed ?? 1
  const clock = options.clock ?? createClock()
  const ids = createIdGenerator(seed)
  const journal = new RequestJournal(options.journalSize ?? 1000)
  const events = new TypedEmitter<SandboxEventMap>()
  events.on('request:end', (entry) => journal.record(entry))
  const keyFactories = new Map<string, KeyFactory>(
    options.services.flatMap((s) => (s.mintKey ? [[s.name, s.mintKey] as const] : [])),
  )
  const accounts: AccountRegistry = new AccountRegistry(
    ids,
    () => clock.now(),
    keyFactories,
    // Each service registers what it derives from a new account (Hellotext's Business ID).
    (account) => {
      for (const service of options.services) service.prepareAccount?.(account, accounts)
    },
  )
  const faults = new FaultRules(ids)
  const rateLimiter = createRateLimiter(clock)
  const services = new Map<string, ServiceRuntime>()
  let defaultAccount = accounts.create({ name: 'default', ...options.defaultAccount })

  const core: SandboxCore = {
    clock,
    ids,
    journal,
    events,
    accounts,
    faults,
    rateLimiter,
    services,
    get defaultAccount() {
      return defaultAccount
    },
    stateOf<State>(service: string) {
      const runtime = services.get(service)
      if (!runtime)
        throw new TypeError(
          formatMessage(
            'find',
            `service ${service}`,
            `this sandbox serves ${[...services.keys()].join(', ')}`,
          ),
        )
      return runtime.state as State
    },
    dispatch(request) {
      const runtime = services.get(request.service)
      if (!runtime) {
        return Promise.resolve({
          status: 404,
          body: {
            error: formatMessage(
              'route',
              request.path,
              `no service "${request.service}" in this sandbox`,
            ),
          },
        })
      }
      return dispatch(core, runtime, request)
    },
    reset() {
      ids.reseed()
      accounts.clear()
      journal.clear()
      faults.clear()
      rateLimiter.reset()
      defaultAccount = accounts.create({ name: 'default', ...options.defaultAccount })
      for (const runtime of services.values()) runtime.state = runtime.definition.createState(core)
    },
  }
  for (const definition of options.services) {
    const routes = routeMap(definition)
    const table = getRouteTable(definition.document, definition.name, [...routes.keys()])
    services.set(definition.name, { definition, table, routes, state: undefined })
  }
  for (const runtime of services.values()) runtime.state = runtime.definition.createState(core)
  return core
}

/** The service's routes by operationId; one operation served twice is a start-up error. */
function routeMap(definition: ServiceDefinition<unknown>): Map<string, Route<unknown>> {
  const routes = new Map<string, Route<unknown>>()
  for (const route of definition.routes) {
    if (routes.has(route.operationId))
      throw new Error(
        formatMessage(
          'build',
          `${definition.name} route table`,
          `two routes serve ${route.operationId}`,
          'Keep one defineRoute() per operationId',
        ),
      )
    routes.set(route.operationId, route)
  }
  return routes
}
