/**
 * Puts data into one account in the shape of a fixture file (README.md, "Fixtures"): the same
 * seeders `serve --seed` uses, so a state's records look exactly like seeded ones.
 */
import type { ServiceName } from '../../mocks/sandbox-types.ts'
import type { StateSandbox } from './define-provider-state.ts'

export function seedFixtures(
  sandbox: StateSandbox,
  accountId: string,
  service: ServiceName,
  data: Record<string, unknown>,
): void {
  const runtime = sandbox.core.services.get(service)
  if (!runtime?.definition.seedFixtures)
    throw new TypeError(`[martech-sandbox] Failed to seed "${service}": it takes no fixture data.`)
  const account = sandbox.accounts.get(accountId)
  if (!account)
    throw new TypeError(`[martech-sandbox] Failed to seed "${service}": no account ${accountId}.`)
  runtime.definition.seedFixtures(runtime.state, account, data, sandbox.accounts)
}

/** The account's key for a service (the first one, when it has several). */
export function keyOf(sandbox: StateSandbox, accountId: string, service: ServiceName): string {
  const key = sandbox.accounts.keysOf(accountId)[service]?.[0]
  if (!key)
    throw new TypeError(`[martech-sandbox] Failed to find "${service} key": ${accountId} has none.`)
  return key
}
