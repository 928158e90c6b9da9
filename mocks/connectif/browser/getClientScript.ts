// getClientScript: GET /{env}/client-script/{token} (cdn.connectif.cloud) — the emulated client script, configured for the account.
// Behaviour: shared/research/connectif-browser.md §1 — file = script + `window.connectifConfiguration={…};window.initializeConnectif(…)` [CODE]; notifications to `{env}-api` [CODE]; unknown token 404, settings → config keys [INF].
import { renderClientScript } from '../../browser/client-script.ts'
import { text } from '../../sandbox/route-result.ts'
import { asErrorAnswer } from '../../sandbox/sandbox-error.ts'
import { settingsOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { accountOfWebClientId, CDN_HOST, webSettingsOf } from './web-settings.ts'

export const getClientScript = defineRoute('getClientScript', (ctx) => {
  const { env, token } = ctx.params
  const account = accountOfWebClientId(ctx.authenticate, token)
  const web = account && webSettingsOf(account)
  if (!account || !web || web.env !== env) return asErrorAnswer(text(404, 'Unknown web client id.'))
  const script = renderClientScript({
    baseUrl: `${notificationBase(ctx.baseUrl, env)}/`,
    token,
    forms: [],
    webEventPayloadDefinitions: [],
    webTrackingEnabled: web.trackingEnabled,
    ...(web.serviceWorkerUrl
      ? { serviceWorkerUrl: web.serviceWorkerUrl, vapidPublicKey: web.vapidPublicKey }
      : {}),
    autoInitialize: true,
    autoSendEventsOnInit: true,
    trackAllByDefault: web.trackAllByDefault,
    excludeTracking: web.excludeTracking,
    includeTracking: web.includeTracking,
    allowedDomains: settingsOf(account).allowedDomains.flatMap((domain) =>
      // The script compares URL prefixes; a bare domain of the settings covers both schemes.
      domain.includes('://') ? [domain] : [`https://${domain}`, `http://${domain}`],
    ),
  })
  return {
    status: 200 as const,
    body: script,
    headers: { 'content-type': 'application/javascript; charset=utf-8' },
  }
})

/** Where the script posts: the CDN host becomes `{env}-api`; under one origin (`serve`), the same base. */
function notificationBase(baseUrl: string, env: string): string {
  const url = new URL(baseUrl)
  if (url.hostname === CDN_HOST) url.hostname = `${env}-api.connectif.cloud`
  return url.toString().replace(/\/+$/, '')
}
