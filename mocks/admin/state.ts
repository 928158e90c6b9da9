/**
 * What the admin API's routes use of the sandbox: its registries (accounts, clock, ids, faults,
 * journal), each service's state as after the latest reset, and the sandbox's own fetch for the
 * deliveries it makes (Connectif outbound events, the JivoChat simulator).
 */
import type { ConnectifState } from '../connectif/state.ts'
import type { HellotextState } from '../hellotext/state.ts'
import type { JivochatState } from '../jivochat/state.ts'
import type { ReskytState } from '../reskyt/state.ts'
import type { Account, AccountRegistry } from '../sandbox/accounts.ts'
import type { TypedEmitter } from '../sandbox/events.ts'
import { formatMessage } from '../sandbox/format-message.ts'
import type { FaultRules } from '../sandbox/pipeline/faults.ts'
import type { RateLimiter } from '../sandbox/pipeline/rate-limiter.ts'
import type { IdGenerator } from '../sandbox/records/ids.ts'
import type { JournalEntry, RequestJournal } from '../sandbox/request-journal.ts'
import type { ResetScope, SandboxCore, SandboxEventMap } from '../sandbox/sandbox.ts'
import { SandboxError } from '../sandbox/sandbox-error.ts'
import { createSandboxFetch } from '../sandbox/sandbox-fetch.ts'
import type { Clock } from '../sandbox/time/clock.ts'

export interface AdminState {
  readonly accounts: AccountRegistry
  readonly clock: Clock
  readonly ids: IdGenerator
  readonly faults: FaultRules
  readonly journal: RequestJournal
  /** The sandbox's lifecycle events: what the live journal follows. */
  readonly events: TypedEmitter<SandboxEventMap>
  /** The open rate-limit windows, for the gauges. */
  readonly rateLimiter: RateLimiter
  /** Each service's name and the real hosts it answers as. */
  readonly services: ReadonlyArray<{ name: string; hosts: readonly string[] }>
  /** Each rate-limited service's limit when an account sets none (Connectif: 100 a minute). */
  readonly defaultRateLimits: Readonly<Record<string, number>>
  /** The account every fresh sandbox has. */
  readonly defaultAccount: Account
  /** Empties every store, the journal, counters and faults; back to the starting point unless `'empty'`. */
  reset(scope?: ResetScope): void
  readonly connectif: ConnectifState
  readonly hellotext: HellotextState
  readonly reskyt: ReskytState
  readonly jivochat: JivochatState
  /** Runs each service's account preparation again, after the account's settings changed. */
  prepareAccount(account: Account): void
  /** The sandbox's fetch: its own hosts answer in process, any other URL over the network. */
  readonly fetch: typeof fetch
  /** Puts a delivery the sandbox made into the request journal. */
  recordRequest(entry: Omit<JournalEntry, 'id'>): void
  /**
   * The whole engine, for Pact provider states only (contracts/): they drive the sandbox the way
   * a client would, through dispatch, and read any service's state.
   */
  readonly core: SandboxCore
}

export function adminStateOf(core: SandboxCore): AdminState {
  const state = <T>(service: string) => core.stateOf<T>(service)
  return {
    accounts: core.accounts,
    clock: core.clock,
    ids: core.ids,
    faults: core.faults,
    journal: core.journal,
    events: core.events,
    rateLimiter: core.rateLimiter,
    services: [...core.services].map(([name, { definition }]) => ({
      name,
      hosts: definition.hosts,
    })),
    defaultRateLimits: Object.fromEntries(
      [...core.services].flatMap(([name, { definition }]) =>
        definition.defaultRateLimit === undefined ? [] : [[name, definition.defaultRateLimit]],
      ),
    ),
    get defaultAccount() {
      return core.defaultAccount.account
    },
    reset: (scope) => core.reset(scope),
    get connectif() {
      return state<ConnectifState>('connectif')
    },
    get hellotext() {
      return state<HellotextState>('hellotext')
    },
    get reskyt() {
      return state<ReskytState>('reskyt')
    },
    get jivochat() {
      return state<JivochatState>('jivochat')
    },
    prepareAccount(account) {
      for (const { definition } of core.services.values())
        definition.prepareAccount?.(account, core.accounts)
    },
    fetch: createSandboxFetch(core),
    recordRequest: (entry) => core.events.emit('request:end', entry),
    core,
  }
}

/** The account with this id, or the caller's mistake (404). */
export function accountOf(state: Pick<AdminState, 'accounts'>, id: string): Account {
  const account = state.accounts.get(id)
  if (!account)
    throw new SandboxError(404, formatMessage('find', `account ${id}`, 'no such account'))
  return account
}
