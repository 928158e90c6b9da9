/**
 * Every provider state the sandbox honours, by service, and the lookup by name the admin route
 * and `contracts verify` share. Names are looked up within the pact's service ("product X
 * exists" is a Connectif product for a Connectif pact, a Hellotext one for a Hellotext pact).
 *
 * @example
 * findProviderState('contact ana@example.com exists', 'connectif')
 * // → { definition: { name: 'contact {email} exists', … }, params: { email: 'ana@example.com' } }
 */
import { connectifStates } from './connectif.ts'
import { compileStateName, type ProviderStateDefinition } from './define-provider-state.ts'
import { hellotextStates } from './hellotext.ts'
import { jivochatStates } from './jivochat.ts'
import { reskytStates } from './reskyt.ts'

export const PROVIDER_STATES: Readonly<Record<string, readonly ProviderStateDefinition[]>> = {
  connectif: connectifStates,
  hellotext: hellotextStates,
  reskyt: reskytStates,
  jivochat: jivochatStates,
}

const COMPILED = Object.entries(PROVIDER_STATES).flatMap(([service, states]) =>
  states.map((definition) => ({ service, definition, pattern: compileStateName(definition.name) })),
)

export interface FoundProviderState {
  definition: ProviderStateDefinition
  /** What the name's placeholders matched. */
  params: Record<string, string>
}

/** The state called `name` among `service`'s states (every service's, when none is given). */
export function findProviderState(name: string, service?: string): FoundProviderState | undefined {
  for (const candidate of COMPILED) {
    if (service !== undefined && candidate.service !== service) continue
    const match = candidate.pattern.exec(name)
    if (match) return { definition: candidate.definition, params: { ...match.groups } }
  }
  return undefined
}

/** The names of `service`'s states (every service's, when none is given), placeholders kept. */
export function providerStateNames(service?: string): string[] {
  return COMPILED.filter((candidate) => service === undefined || candidate.service === service).map(
    (candidate) => candidate.definition.name,
  )
}

export function hasProviderStates(service: string): boolean {
  return Object.hasOwn(PROVIDER_STATES, service)
}
