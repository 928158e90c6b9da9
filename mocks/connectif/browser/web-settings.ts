/**
 * What the web channel of one account is to Connectif, kept in `account.settings.connectif.web`:
 * the web client id the client script URL carries, the data-centre shard (`env`), and the rules
 * the client script applies (tracking on, excluded or included pages, the Service Worker). The
 * allowed domains are the account's `allowedDomains`, the same setting product URLs are checked
 * against. `PATCH /__admin/accounts/{id}/settings` with `{"connectif": {"web": {…}}}` changes them.
 *
 * @see shared/research/connectif-browser.md §1 — token is a UUID, ENV a shard such as eu1 [CODE];
 * the UI settings become the script's allowedDomains/trackAllByDefault/excludeTracking/
 * webTrackingEnabled keys [INF]
 */
import type { Account, AccountRegistry, AuthenticatedKey } from '../../sandbox/accounts.ts'
import { createIdGenerator } from '../../sandbox/records/ids.ts'
import { SandboxError } from '../../sandbox/sandbox-error.ts'

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

/** The CDN the client script and the Service Worker script are served from. */
export const CDN_HOST = 'cdn.connectif.cloud'

/** The shard a fresh account is on [INF: eu1 is the PrestaShop module's default]. */
export const DEFAULT_WEB_ENV = 'eu1'

/** A stable 32-bit seed from a string (FNV-1a), so derived ids take none of the sandbox's dice. */
function seedFrom(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/** The web client id a fresh account gets: a UUID derived from its id, the same after every reset [INF]. */
function deriveWebClientId(accountId: string): string {
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

/**
 * The scope of a web client id key: the id is registered as a Connectif key of its account, so a
 * notification finds its account the way a request finds it by API key, and the id opens no REST
 * route (their scopes differ: 403).
 */
export const WEB_CLIENT_SCOPE = 'web-client'

/**
 * Prepares the account's web channel as it is created and after its settings change: the page
 * patterns must compile (the client script builds a RegExp from each), and the web client id is
 * registered.
 */
export function prepareWebChannel(account: Account, accounts: AccountRegistry): void {
  const { webClientId, excludeTracking, includeTracking } = webSettingsOf(account)
  for (const pattern of [...excludeTracking, ...includeTracking]) {
    try {
      new RegExp(pattern)
    } catch {
      throw new SandboxError(
        422,
        `settings.connectif.web holds ${JSON.stringify(pattern)}, which is not a regular expression`,
      )
    }
  }
  const holder = accounts.authenticate('connectif', webClientId)
  if (holder && holder.account.id !== account.id)
    throw new SandboxError(
      409,
      `web client id ${webClientId} already belongs to ${holder.account.name}`,
    )
  if (!holder) accounts.addKey(account.id, 'connectif', [WEB_CLIENT_SCOPE], webClientId)
}

/** The account whose web client id `token` is, through the route's key lookup. */
export function accountOfWebClientId(
  authenticate: (credential: string) => AuthenticatedKey | undefined,
  token: string,
): Account | undefined {
  const found = authenticate(token)
  if (!found?.key.scopes.has(WEB_CLIENT_SCOPE)) return undefined
  return webSettingsOf(found.account).webClientId === token ? found.account : undefined
}
