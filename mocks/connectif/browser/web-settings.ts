/**
 * What the web channel of one account is to Connectif, kept in `account.settings.connectif.web`:
 * the web client id the client script URL carries, the data-centre shard (`env`), and the rules
 * the client script applies (tracking on, excluded or included pages, the Service Worker). The
 * allowed domains are the account's `allowedDomains`, the same setting product URLs are checked
 * against. `PATCH /__admin/connectif/accounts/{id}/settings` with `{"web": {…}}` changes them.
 *
 * @see shared/research/connectif-browser.md §1 — token is a UUID, ENV a shard such as eu1 [CODE];
 * the UI settings become the script's allowedDomains/trackAllByDefault/excludeTracking/
 * webTrackingEnabled keys [INF]
 */
import type { Account, AccountRegistry } from '../../sandbox/accounts.ts'
import { createIdGenerator } from '../../sandbox/ids.ts'

export interface ConnectifWebSettings {
  /** The account's web client id (UUID), `{token}` of the script and notification URLs. */
  webClientId: string
  /** The data-centre shard: the script is at `/{env}/client-script/…`, notifications go to `{env}-api`. */
  env: string
  trackingEnabled: boolean
  trackAllByDefault: boolean
  excludeTracking: string[]
  includeTracking: string[]
  /** The shop's own Service Worker file (which imports the sandbox's); push is off without it. */
  serviceWorkerUrl?: string
  /** The VAPID public key pushes are signed with, base64url. */
  vapidPublicKey: string
}

/** The shard a fresh account is on [INF: eu1 is the PrestaShop module's default]. */
export const DEFAULT_WEB_ENV = 'eu1'

/** A stable 32-bit seed from a string (FNV-1a), so derived ids take none of the sandbox's dice. */
function seedFrom(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/** The web client id a fresh account gets: a UUID derived from its id, the same after every reset [INF]. */
export function deriveWebClientId(accountId: string): string {
  return createIdGenerator(seedFrom(`connectif-web:${accountId}`)).uuid()
}

/**
 * An uncompressed P-256 point's length and shape (0x04 + 64 bytes, base64url) derived from the
 * account id. It is not a usable key: the sandbox plays the push service and never signs [INF].
 */
function deriveVapidPublicKey(accountId: string): string {
  const ids = createIdGenerator(seedFrom(`connectif-vapid:${accountId}`))
  const bytes = [4, ...Array.from({ length: 64 }, () => Math.floor(ids.random() * 256))]
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

/** The account's web settings, defaults filled in. */
export function webSettingsOf(account: Account): ConnectifWebSettings {
  const connectif = (account.settings.connectif ?? {}) as { web?: Partial<ConnectifWebSettings> }
  const web = connectif.web ?? {}
  return {
    webClientId: web.webClientId ?? deriveWebClientId(account.id),
    env: web.env ?? DEFAULT_WEB_ENV,
    trackingEnabled: web.trackingEnabled ?? true,
    trackAllByDefault: web.trackAllByDefault ?? true,
    excludeTracking: [...(web.excludeTracking ?? [])],
    includeTracking: [...(web.includeTracking ?? [])],
    ...(web.serviceWorkerUrl ? { serviceWorkerUrl: web.serviceWorkerUrl } : {}),
    vapidPublicKey: web.vapidPublicKey ?? deriveVapidPublicKey(account.id),
  }
}

/** The account whose web client id is `token`, or undefined. Accounts are few: a scan is fine. */
export function findAccountByWebClientId(
  accounts: AccountRegistry,
  token: string,
): Account | undefined {
  return accounts
    .list()
    .map(({ account }) => account)
    .find((account) => webSettingsOf(account).webClientId === token)
}

/**
 * Why a `web` settings patch cannot be applied, or undefined. Patterns must compile: the client
 * script builds a RegExp from each.
 */
export function checkWebSettingsPatch(patch: unknown): string | undefined {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
    return 'web must be an object'
  const web = patch as Record<string, unknown>
  const known = new Set([
    'webClientId',
    'env',
    'trackingEnabled',
    'trackAllByDefault',
    'excludeTracking',
    'includeTracking',
    'serviceWorkerUrl',
    'vapidPublicKey',
  ])
  for (const [key, value] of Object.entries(web)) {
    if (!known.has(key)) return `web.${key} is not a web setting (${[...known].join(', ')})`
    if ((key === 'trackingEnabled' || key === 'trackAllByDefault') && typeof value !== 'boolean')
      return `web.${key} must be a boolean`
    if (key === 'excludeTracking' || key === 'includeTracking') {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        return `web.${key} must be an array of regular expressions`
      for (const pattern of value as string[]) {
        try {
          new RegExp(pattern)
        } catch {
          return `web.${key} holds ${JSON.stringify(pattern)}, which is not a regular expression`
        }
      }
    }
    if (key === 'env' && (typeof value !== 'string' || !/^[a-z0-9]+$/.test(value)))
      return 'web.env must be lower-case letters and digits, like eu1'
    if (
      (key === 'webClientId' || key === 'serviceWorkerUrl' || key === 'vapidPublicKey') &&
      typeof value !== 'string'
    )
      return `web.${key} must be a string`
  }
  return undefined
}
