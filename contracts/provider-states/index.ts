/**
 * Provider states: what a consumer pact may ask the sandbox to be in before an interaction.
 * Each service declares its states in its own module; `registry.ts` lists them, and the admin
 * route `POST /__admin/pact/provider-states` dispatches to them by name.
 */
export type {
  ProviderStateContext,
  ProviderStateDefinition,
  StateSandbox,
} from './define-provider-state.ts'
export { handleProviderStateRequest } from './handle-provider-state-request.ts'
export { findProviderState, PROVIDER_STATES, providerStateNames } from './registry.ts'
