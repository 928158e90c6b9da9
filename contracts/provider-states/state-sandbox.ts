/**
 * The sandbox as provider states see it, built from the engine core the admin API holds: the
 * same `sandbox.<service>` state getters `createSandbox()` gives, plus accounts, clock, dispatch.
 */
import type { SandboxCore } from '../../mocks/sandbox/sandbox.ts'
import type { StateSandbox } from './define-provider-state.ts'

export function stateSandboxOf(core: SandboxCore): StateSandbox {
  const view = { core, accounts: core.accounts, clock: core.clock, dispatch: core.dispatch }
  // A getter per service, so a state always sees the state after the latest reset.
  for (const name of core.services.keys())
    Object.defineProperty(view, name, { enumerable: true, get: () => core.stateOf(name) })
  return view as StateSandbox
}
