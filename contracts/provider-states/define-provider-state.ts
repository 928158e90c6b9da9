/**
 * A provider state is a named precondition a consumer pact asks for ("contact ana@example.com
 * exists"). Each service module declares its states with `defineProviderState`; the admin route
 * `POST /__admin/pact/provider-states` finds one by name and runs it against the account the
 * Verifier's requests use.
 *
 * Names may hold `{placeholders}`: `contact {email} exists` matches "contact ana@example.com
 * exists" with `params.email = 'ana@example.com'`. Params the pact sends (Pact V3+) are merged
 * over the ones read from the name.
 *
 * @example
 * export const productExists = defineProviderState({
 *   name: 'product {productId} exists',
 *   setup: ({ sandbox, accountId, params }) => seedFixtures(sandbox, accountId, 'connectif', {
 *     products: [{ productId: params.productId, name: 'Keyboard' }],
 *   }),
 * })
 */
import type { Sandbox, ServiceName } from '../../mocks/sandbox-types.ts'

/** The part of the sandbox a state may touch: its public state, accounts, clock and dispatch. */
export type StateSandbox = Pick<Sandbox, 'core' | 'accounts' | 'clock' | 'dispatch' | ServiceName>

export interface ProviderStateContext {
  sandbox: StateSandbox
  /** The account the Verifier's requests authenticate as. */
  accountId: string
  /** Read from the name's placeholders, then the pact's own params. */
  params: Record<string, unknown>
}

/** Values a setup returns are handed to the Verifier (Pact's provider-state injected values). */
export type StateValues = Record<string, unknown>

export interface ProviderStateDefinition {
  /** The state's name as a pact writes it; `{name}` placeholders match any text. */
  name: string
  setup(context: ProviderStateContext): StateValues | undefined | Promise<StateValues | undefined>
  /** Undoes what setup changed beyond the account's own data (account settings, the clock). */
  teardown?(context: ProviderStateContext): void | Promise<void>
}

/** An identity function, there for typing. */
export function defineProviderState(definition: ProviderStateDefinition): ProviderStateDefinition {
  return definition
}

/** `contact {email} exists` → /^contact (?<email>.+?) exists$/ */
export function compileStateName(name: string): RegExp {
  const source = name
    .split(/(\{\w+\})/)
    .map((part) => {
      const placeholder = /^\{(\w+)\}$/.exec(part)
      return placeholder ? `(?<${placeholder[1]}>.+?)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('')
  return new RegExp(`^${source}$`)
}
