/**
 * `createSandbox()`: the engine with every service martech-sandbox mocks, transport-free (no MSW
 * here: `createHandlers(sandbox)` in `martech-sandbox/msw` hosts it in process, `startServer()`
 * over HTTP). Tests make a fresh one; the server holds one.
 *
 * @example
 * import { setupServer } from 'msw/node'
 * import { createHandlers } from 'martech-sandbox/msw'
 * const sandbox = createSandbox()
 * const server = setupServer(...createHandlers(sandbox))
 * server.listen()
 * const connectif = createConnectifClient({ apiKey: sandbox.defaultAccount.keys.connectif })
 * await connectif.PATCH('/contacts/email/{email}', { params: { path: { email: 'ana@example.com' } }, body: {} })
 * sandbox.clock.advance('61s')
 */
import { createAdminService } from './admin/service.ts'
import type { CreateAccountInput } from './sandbox/accounts.ts'
import type { RetentionLimits } from './sandbox/retention.ts'
import { createSandboxCore } from './sandbox/sandbox.ts'
import type { Clock } from './sandbox/time/clock.ts'
import type { Sandbox, SandboxBase } from './sandbox-types.ts'
import { SERVICES, type ServiceName } from './services.ts'

export type { Sandbox, SandboxBase } from './sandbox-types.ts'
export type { ServiceName } from './services.ts'

export interface SandboxOptions {
  /** Seed of ids, keys and fault dice: the same seed gives the same keys and ids. @default 1 */
  seed?: number
  /** A clock to share; by default the sandbox's own, following real time. */
  clock?: Clock
  /** Requests kept in the journal. @default 1000 */
  journalSize?: number
  /**
   * How much is kept of what only accumulates (journal bodies, tracked events, the outbox,
   * deliveries); each limit defaults to DEFAULT_RETENTION's. Also `PATCH /__admin/retention`.
   */
  retention?: Partial<RetentionLimits>
  /**
   * Serve every service under one origin, by path prefix (`${baseUrl}/connectif/...`), the same
   * layout as `martech-sandbox serve`. By default each service answers on its real host.
   */
  baseUrl?: string
  /** Per-service base URLs, overriding both the real host and `baseUrl`. */
  baseUrls?: Partial<Record<ServiceName, string>>
  /** Settings of the account every fresh sandbox has (name, rate limits, scopes). */
  defaultAccount?: CreateAccountInput
  /**
   * What the sandbox starts from besides the default account, applied once created and after
   * every `reset()` (not `reset('empty')`): load fixtures, add fault rules. `serve` builds it from
   * `--seed` and the config file.
   */
  startingPoint?: (sandbox: Sandbox) => void
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const core = createSandboxCore({
    services: SERVICES,
    seed: options.seed,
    clock: options.clock,
    journalSize: options.journalSize,
    retention: options.retention,
    defaultAccount: options.defaultAccount,
    controlPlane: createAdminService,
  })
  const baseUrls = Object.fromEntries(
    SERVICES.map((service) => [
      service.name,
      options.baseUrls?.[service.name as ServiceName] ??
        (options.baseUrl
          ? `${options.baseUrl.replace(/\/+$/, '')}/${service.name}`
          : `https://${service.hosts[0]}`),
    ]),
  ) as Record<ServiceName, string>
  const sandbox: SandboxBase = {
    baseUrls,
    adminUrl: options.baseUrl ? `${options.baseUrl.replace(/\/+$/, '')}/__admin` : undefined,
    core,
    clock: core.clock,
    journal: core.journal,
    accounts: core.accounts,
    faults: core.faults,
    events: core.events,
    get defaultAccount() {
      return core.defaultAccount
    },
    dispatch: core.dispatch,
    reset: core.reset,
  }
  // A getter per service, so `sandbox.connectif` is the state after every reset.
  for (const service of SERVICES) {
    Object.defineProperty(sandbox, service.name, {
      enumerable: true,
      get: () => core.stateOf(service.name),
    })
  }
  const { startingPoint } = options
  if (startingPoint) core.setStartingPoint(() => startingPoint(sandbox as Sandbox))
  return sandbox as Sandbox
}
