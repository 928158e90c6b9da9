// sendScrippetNotification: POST /integration-type/system/scrippet-notification/{token} ({env}-api.connectif.cloud) — the client script's notification.
// Behaviour: shared/research/connectif-browser.md §7 — text/plain JSON `{entityInfo, cart, pushSubscription, events, bannerPlaceholders, pageInfo, browserInfo}` → `{trackerId, webModals, banners, webContents}` [CODE]; effects, 400 and 404 [INF] (see notifications.ts).

import { defineRoute } from '../define-route.ts'
import { httpError, notFound } from '../errors.ts'
import { applyNotification } from './notifications.ts'
import { accountOfWebClientId } from './web-settings.ts'

export const sendScrippetNotification = defineRoute('sendScrippetNotification', (ctx, state) => {
  const account = accountOfWebClientId(ctx.authenticate, ctx.params.token)
  if (!account) return notFound('Unknown web client id.')
  let request: unknown
  try {
    request = JSON.parse(ctx.body)
  } catch (error) {
    return httpError(400, `The notification must be a JSON object: ${(error as Error).message}`)
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    return httpError(400, 'The notification must be a JSON object.')
  const browserInfo = (request as { browserInfo?: { url?: unknown } }).browserInfo
  const pageUrl = typeof browserInfo?.url === 'string' ? safeDecode(browserInfo.url) : undefined
  const outcome = applyNotification(
    state,
    { account, now: ctx.now, ids: ctx.ids, retention: ctx.retention, warn: ctx.warn },
    request as Record<string, unknown>,
    pageUrl,
  )
  return {
    status: 200,
    body: { trackerId: outcome.trackerId, webModals: {}, banners: [], webContents: [] },
  }
})

/** browserInfo.url is `encodeURIComponent(location.href)`. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
