/**
 * What one account is to Reskyt, kept in `account.settings.reskyt`: whether its push API is
 * activated. Reskyt activates the JSON API per account on request [DOC]; a fresh sandbox account
 * has it on [INF], and `PATCH /__admin/accounts/{id}/settings` `{"reskyt":{"apiActivated":false}}`
 * makes the JSON API answer 403.
 */
import type { Account } from '../sandbox/accounts.ts'

export interface ReskytAccountSettings {
  apiActivated: boolean
}

/** The account's Reskyt settings, defaults filled in. */
export function settingsOf(account: Account): ReskytAccountSettings {
  const stored = (account.settings.reskyt ?? {}) as Partial<ReskytAccountSettings>
  return { apiActivated: stored.apiActivated ?? true }
}
