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
import type { Route } from './define-route.ts'
import {
  dispatch,
  type IncomingRequest,
  type SandboxEventMap,
  type ServiceRuntime,
} from './dispatch.ts'
import { TypedEmitter } from './events.ts'
import { formatMessage } from './format-message.ts'
import type { StateObserver } from './persistence/state-observer.ts'
import { FaultRules } from './pipeline/faults.ts'
import { createRateLimiter, type RateLimiter } from './pipeline/rate-limiter.ts'
import { createIdGenerator, type IdGenerator } from './records/ids.ts'
import { RequestJournal } from './request-journal.ts'
import { checkRetention, DEFAULT_RETENTION, type RetentionLimits } from './retention.ts'
import type { RouteResult } from './route-result.ts'
import { getRouteTable } from './route-table.ts'
import type { ServiceDefinition } from './service-definition.ts'
import { type Clock, createClock } from './time/clock.ts'

export type { IncomingRequest, SandboxEventMap, ServiceRuntime } from './dispatch.ts'

/** The service name the admin API answers under (`/__admin/…` on the server). */
export const ADMIN_SERVICE = '__admin'

export interface SandboxCoreOptions {
  // biome-ignore lint/suspicious/noExplicitAny: services of different state types live in one list
  services: Array<ServiceDefinition<any>>
  /** Seed of ids, keys and fault dice. @default 1 */
  seed?: number
  clock?: Clock
  /** How many requests the journal keeps (retention.journalEntries). @default 1000 */
  journalSize?: number
  /** How much is kept of what only accumulates; each limit defaults to DEFAULT_RETENTION's. */
  retention?: Partial<RetentionLimits>
  /** The account created at start and after every reset. */
  defaultAccount?: CreateAccountInput
  /**
   * The sandbox's admin API, a control-plane service served by the same pipeline (validated,
   * never faulted or journaled) and answering `dispatch({ service: ADMIN_SERVICE })`. It is built
   * from the finished core, since it controls the whole sandbox.
   */
  // biome-ignore lint/suspicious/noExplicitAny: the admin API's state type is its own
  controlPlane?: (core: SandboxCore) => ServiceDefinition<any>
}

/**
 * What a reset returns to: `'configured'`, the sandbox as it started (the default account, then
 * the starting point: fixtures, configured fault rules); `'empty'`, a fresh sandbox's state (the
 * default account alone, its minted keys).
 */
export type ResetScope = 'configured' | 'empty'

export interface SandboxCore {
  readonly clock: Clock
  readonly ids: IdGenerator
  readonly journal: RequestJournal
  /** What the sandbox keeps of logs (journal, tracked events, outbox, deliveries); survives reset. */
  readonly retention: Readonly<RetentionLimits>
  /** Changes some limits; a smaller journal drops its oldest entries at once, the rest on their next write. */
  setRetention(limits: Partial<RetentionLimits>): void
  readonly events: TypedEmitter<SandboxEventMap>
  readonly accounts: AccountRegistry
  readonly faults: FaultRules
  readonly rateLimiter: RateLimiter
  readonly services: ReadonlyMap<string, ServiceRuntime>
  /** The admin API, when the sandbox has one (`controlPlane`). */
  readonly admin: ServiceRuntime | undefined
  /** The account every fresh sandbox has, with one key per service. */
  readonly defaultAccount: { account: Account; keys: Record<string, string> }
  /** A service's state (its tables), e.g. `core.stateOf<ConnectifState>('connectif')`. */
  stateOf<State>(service: string): State
  dispatch(request: IncomingRequest): Promise<RouteResult>
  /**
   * Empties every store, the journal, counters and faults, re-creates the default account (same
   * keys) and, unless the scope is `'empty'`, builds the starting point again. @default 'configured'
   */
  reset(scope?: ResetScope): void
  /**
   * What the sandbox starts from besides the default account (fixtures, fault rules), applied now
   * and after every reset but `reset('empty')`. Ids are reseeded first, so it mints the same keys
   * and ids each time. A throw leaves the sandbox as it stands and propagates.
   */
  setStartingPoint(apply: () => void): void
  /** A store keeping the state (persistence/state-tracker.ts); undefined in memory. */
  observer: StateObserver | undefined
  /** Makes a restored account the default one (a store's load). */
  adoptDefaultAccount(accountId: string): void
}

export function createSandboxCore(options: SandboxCoreOptions): SandboxCore {
  const seed = options.seed ?? 1
  const clock = options.clock ?? createClock()
  const ids = createIdGenerator(seed)
  const retention: RetentionLimits = {
    ...DEFAULT_RETENTION,
    ...(options.journalSize === undefined ? {} : { journalEntries: options.journalSize }),
    ...checkRetention(options.retention ?? {}),
  }
  const journal = new RequestJournal({
    capacity: retention.journalEntries,
    maxBodyBytes: retention.journalBodyBytes,
  })
  const events = new TypedEmitter<SandboxEventMap>()
  events.on('request:end', (entry) => {
    const stored = journal.record(entry)
    // Only the live journal listens; with nobody subscribed this is one map lookup.
    events.emit('journal:recorded', stored)
  })
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
  const services = new Map<string, ServiceRuntime>()
  // A rule can name only what the sandbox serves: a typo would otherwise never fire.
  const faults = new FaultRules(ids, () => services)
  const rateLimiter = createRateLimiter(clock)
  let defaultAccount = accounts.create({ name: 'default', ...options.defaultAccount })
  let startingPoint: (() => void) | undefined

  const core: SandboxCore = {
    clock,
    ids,
    journal,
    retention,
    setRetention(limits) {
      Object.assign(retention, checkRetention(limits))
      journal.configure({
        capacity: retention.journalEntries,
        maxBodyBytes: retention.journalBodyBytes,
      })
    },
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
      const runtime = request.service === ADMIN_SERVICE ? admin : services.get(request.service)
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
    reset(scope = 'configured') {
      ids.reseed()
      accounts.clear()
      journal.clear()
      faults.clear()
      rateLimiter.reset()
      defaultAccount = accounts.create({ name: 'default', ...options.defaultAccount })
      for (const runtime of services.values()) runtime.state = runtime.definition.createState()
      if (scope !== 'empty') startingPoint?.()
      // The store saves the fresh state whole, starting point included.
      core.observer?.replaced()
      events.emit('sandbox:reset', { time: clock.now() })
    },
    setStartingPoint(apply) {
      startingPoint = apply
      apply()
    },
    observer: undefined,
    adoptDefaultAccount(accountId) {
      const account = accounts.get(accountId)
      if (!account)
        throw new TypeError(formatMessage('adopt', `account ${accountId}`, 'no such account'))
      const keys = Object.fromEntries(
        Object.entries(accounts.keysOf(accountId)).map(([service, values]) => [service, values[0]]),
      ) as Record<string, string>
      defaultAccount = { account, keys }
    },
    get admin() {
      return admin
    },
  }
  for (const definition of options.services) services.set(definition.name, runtimeOf(definition))
  const admin = options.controlPlane ? runtimeOf(options.controlPlane(core)) : undefined
  return core
}

/** A service ready to answer: its route table checked against its routes, its state fresh. */
function runtimeOf(definition: ServiceDefinition<unknown>): ServiceRuntime {
  const routes = routeMap(definition)
  const table = getRouteTable(definition.document, definition.name, [...routes.keys()])
  return { definition, table, routes, state: definition.createState() }
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
