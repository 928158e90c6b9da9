// sendPush: the JSON push API, as Connectif's outbound event calls it (x-api-key; title, tokens).
// Behaviour: shared/seeds/connectif-reskyt-integration.en.txt [DOC] (fields); path, 200 {"success":true},
// 403 for an account whose API is not activated [INF, openapi/reskyt.yaml].
import { json } from '../../sandbox/route-result.ts'
import { type RouteHandler, requireAccount } from '../../sandbox/service-definition.ts'
import { reskytError } from '../errors.ts'
import { enqueuePush } from '../outbox.ts'
import type { ReskytState } from '../state.ts'

interface PushBody {
  title: string
  tokens: string[]
  dateEnd?: string
  pictureUrl?: string
  url?: string
  utmCampaign?: string
}

export const sendPush: RouteHandler<ReskytState> = (ctx, state) => {
  const account = requireAccount(ctx)
  if (!state.accountSettings(account.id).apiActivated)
    return reskytError(403, 'Push API is not activated for this account')
  const body = ctx.body as PushBody
  enqueuePush(
    state,
    account.id,
    {
      source: 'json',
      title: body.title,
      tokens: body.tokens,
      url: body.url,
      pictureUrl: body.pictureUrl,
      utmCampaign: body.utmCampaign,
      dateEnd: body.dateEnd === undefined ? undefined : Number(body.dateEnd),
    },
    ctx.now,
    () => ctx.sandbox.ids.uuid(),
  )
  return json(200, { success: true })
}
