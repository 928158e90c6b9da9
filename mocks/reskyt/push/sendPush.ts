// sendPush: the JSON push API, as Connectif's outbound event calls it (x-api-key; title, tokens).
// Behaviour: shared/seeds/connectif-reskyt-integration.en.txt [DOC] (fields); path, 200 {"success":true},
// 403 for an account whose API is not activated [INF, openapi/reskyt.yaml].
import { settingsOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { reskytError } from '../errors.ts'
import { enqueuePush } from './outbox.ts'

export const sendPush = defineRoute('sendPush', (ctx, state) => {
  if (!settingsOf(ctx.account).apiActivated)
    return reskytError(403, 'Push API is not activated for this account')
  const { title, tokens, url, pictureUrl, utmCampaign, dateEnd } = ctx.body
  enqueuePush(
    state,
    ctx.account.id,
    {
      source: 'json',
      title,
      tokens,
      url,
      pictureUrl,
      utmCampaign,
      dateEnd: dateEnd === undefined ? undefined : Number(dateEnd),
    },
    ctx.now,
    () => ctx.ids.uuid(),
    ctx.retention.outbox,
  )
  return ACCEPTED
})

// The same answer every time: shared and frozen, so the journal keeps no copy of it.
const ACCEPTED = Object.freeze({ status: 200, body: Object.freeze({ success: true }) })
