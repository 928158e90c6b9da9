/**
 * The sandbox's shape, apart from `createSandbox()` that builds it: whatever only needs the type
 * (contracts' provider states, the adapters) imports it from here, so importing the type never
 * pulls in the admin API, which itself uses contracts' provider states.
 */
import type { SandboxCore } from './sandbox/sandbox.ts'
import type { ServiceName, ServiceStates } from './services.ts'

export type { ServiceName } from './services.ts'

export interface SandboxBase {
  /** Where each service answers in process (what `createHandlers(sandbox)` intercepts). */
  readonly baseUrls: Record<ServiceName, string>
  /**
   * Where the admin API answers in process besides `/__admin` on each service's base URL:
   * `${baseUrl}/__admin` when the sandbox serves every service under one origin, as the server does.
   */
  readonly adminUrl: string | undefined
  readonly core: SandboxCore
  readonly clock: SandboxCore['clock']
  readonly journal: SandboxCore['journal']
  readonly accounts: SandboxCore['accounts']
  readonly faults: SandboxCore['faults']
  readonly events: SandboxCore['events']
  readonly defaultAccount: SandboxCore['defaultAccount']
  dispatch: SandboxCore['dispatch']
  /**
   * Empties every store, the journal, counters and faults; handlers stay valid. The default
   * account comes back with the same keys, and so does the starting point (`startingPoint`:
   * fixtures, fault rules) unless the scope is `'empty'`.
   */
  reset: SandboxCore['reset']
}

/** The sandbox, with each service's state as `sandbox.<service>` (e.g. `sandbox.connectif.contacts`). */
export type Sandbox = SandboxBase & { readonly [Name in ServiceName]: ServiceStates[Name] }
