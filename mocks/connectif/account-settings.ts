/**
 * What one account is to Connectif, kept in `account.settings.connectif`: its store (name, URL,
 * timezone, as `GET /store/` shows it) and its authorized domains, which product URLs must belong
 * to (E0103/E0201). `PATCH /__admin/accounts/{id}/settings` changes them.
 *
 * @see shared/research/connectif.md §6.1, §7 (authorized domains [DOC]); §4 (store [UNK])
 */
import type { Account } from '../sandbox/accounts.ts'
import { type ConnectifWebSettings, webSettingsOf } from './browser/web-settings.ts'

export interface ConnectifAccountSettings {
  store: { name?: string; url?: string; timezone?: string }
  /** Empty: every domain is accepted [INF], so a fresh sandbox does not reject product URLs. */
  allowedDomains: string[]
  /** The web channel: web client id, shard and the client script's rules (browser/web-settings.ts). */
  web: ConnectifWebSettings
}

/** Timezone of a store that has not set one [INF: Connectif is a Spanish product]. */
export const DEFAULT_STORE_TIMEZONE = 'Europe/Madrid'

/** The account's Connectif settings, defaults filled in. */
export function settingsOf(account: Account): ConnectifAccountSettings {
  const stored = (account.settings.connectif ?? {}) as Partial<ConnectifAccountSettings>
  return {
    store: { ...stored.store },
    allowedDomains: [...(stored.allowedDomains ?? [])],
    web: webSettingsOf(account),
  }
}

export function storeTimezone(account: Account): string {
  return settingsOf(account).store.timezone ?? DEFAULT_STORE_TIMEZONE
}
