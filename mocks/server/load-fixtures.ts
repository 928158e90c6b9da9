/**
 * Loads a fixture file into a sandbox: accounts with fixed keys and per-service data, so a QA
 * sandbox starts with known contacts, products and coupon sets.
 *
 * ```json
 * {
 *   "accounts": [
 *     {
 *       "name": "shop-a",
 *       "rateLimits": { "connectif": 100 },
 *       "keys": { "connectif": "shopa:secret" },
 *       "connectif": { "contacts": [{ "_email": "ana@example.com", "_name": "Ana" }] }
 *     }
 *   ]
 * }
 * ```
 * An account named `default` fills the sandbox's default account instead of creating one.
 */
import type { Sandbox } from '../create-sandbox.ts'
import { formatMessage } from '../sandbox/format-message.ts'

interface FixtureAccount {
  name?: string
  rateLimits?: Record<string, number>
  scopes?: Record<string, string[]>
  settings?: Record<string, Record<string, unknown>>
  keys?: Record<string, string>
  [service: string]: unknown
}

/** What a fixture account holds besides each service's data (the config file's schema lists the same). */
export const ACCOUNT_FIELDS = new Set(['name', 'rateLimits', 'scopes', 'settings', 'keys'])

export function loadFixtures(sandbox: Sandbox, fixtures: unknown, source = 'fixtures'): void {
  const fail = (reason: string): never => {
    throw new TypeError(formatMessage('load', source, reason, 'See README.md, "Fixtures"'))
  }
  if (typeof fixtures !== 'object' || fixtures === null || Array.isArray(fixtures))
    fail('expected a JSON object with "accounts"')
  const accounts = (fixtures as { accounts?: unknown }).accounts
  if (!Array.isArray(accounts)) fail('"accounts" must be an array')
  for (const [index, raw] of (accounts as unknown[]).entries()) {
    if (typeof raw !== 'object' || raw === null) fail(`accounts[${index}] must be an object`)
    const fixture = raw as FixtureAccount
    for (const name of Object.keys(fixture)) {
      if (!ACCOUNT_FIELDS.has(name) && !sandbox.core.services.has(name)) {
        fail(
          `accounts[${index}] has unknown field "${name}" (services: ${[...sandbox.core.services.keys()].join(', ')})`,
        )
      }
    }
    const account =
      fixture.name === 'default'
        ? sandbox.defaultAccount.account
        : sandbox.accounts.create({
            name: fixture.name,
            rateLimits: fixture.rateLimits,
            scopes: fixture.scopes,
            settings: fixture.settings,
          }).account
    if (fixture.name === 'default') {
      Object.assign(account.rateLimits, fixture.rateLimits)
      // Per service, merged: what a service derived for the account (Hellotext's Business ID) stays.
      for (const [service, values] of Object.entries(fixture.settings ?? {}))
        account.settings[service] = { ...account.settings[service], ...values }
    }
    for (const [service, value] of Object.entries(fixture.keys ?? {})) {
      if (typeof value !== 'string' || !value)
        fail(`accounts[${index}].keys.${service} must be a non-empty string`)
      // A key is sent as one token (`apiKey <key>`, `Bearer <key>`, `x-api-key: <key>`).
      if (/\s/.test(value as string))
        fail(`accounts[${index}].keys.${service} must not contain spaces`)
      const problem = sandbox.core.services.get(service)?.definition.keyProblem?.(value as string)
      if (problem) fail(`accounts[${index}].keys.${service} ${problem}`)
      sandbox.accounts.addKey(account.id, service, fixture.scopes?.[service] ?? ['*'], value)
    }
    for (const [service, runtime] of sandbox.core.services) {
      if (fixture[service] === undefined) continue
      if (!runtime.definition.seedFixtures) fail(`${service} takes no fixture data`)
      try {
        runtime.definition.seedFixtures?.(
          runtime.state,
          account,
          fixture[service],
          sandbox.accounts,
        )
      } catch (error) {
        fail(`accounts[${index}].${service}: ${(error as Error).message}`)
      }
    }
  }
}
