/**
 * An account's settings, per service, as one pattern: each service keeps its part in
 * `account.settings.<service>` and reads it with its defaults; the admin API shows all of them and
 * merges changes into them (objects merge, other values replace).
 */
import type { operations } from '../../../src/generated/admin.ts'
import { settingsOf as connectifSettings } from '../../connectif/account-settings.ts'
import { settingsView as hellotextSettings } from '../../hellotext/account-settings.ts'
import { settingsOf as reskytSettings } from '../../reskyt/account-settings.ts'
import type { Account } from '../../sandbox/accounts.ts'
import type { AdminState } from '../state.ts'

type Changes = operations['updateAccountSettings']['requestBody']['content']['application/json']

export function settingsView(account: Account) {
  return {
    connectif: connectifSettings(account),
    hellotext: hellotextSettings(account),
    reskyt: reskytSettings(account),
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `changes` merged into `current`: objects one level deep, everything else replaced. */
function merged(current: Record<string, unknown>, changes: object): Record<string, unknown> {
  const next = { ...current }
  for (const [key, value] of Object.entries(changes)) {
    const old = next[key]
    next[key] = isObject(old) && isObject(value) ? { ...old, ...value } : value
  }
  return next
}

/**
 * Applies `changes` to the account, then lets each service prepare the account again (a new
 * Business ID is registered); if a service refuses them, the account keeps its old settings.
 */
export function changeSettings(state: AdminState, account: Account, changes: Changes): void {
  const before = structuredClone(account.settings)
  for (const [service, serviceChanges] of Object.entries(changes))
    account.settings[service] = merged(account.settings[service] ?? {}, serviceChanges)
  try {
    state.prepareAccount(account)
  } catch (error) {
    account.settings = before
    throw error
  }
}
