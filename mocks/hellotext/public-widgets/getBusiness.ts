// getBusiness: GET /v1/public/businesses/{business_id} — the caller's public metadata; another id is 404.
// Behaviour: shared/research/hellotext-reskyt.md A10 [SDK: JS src/models/business.js]; default values [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { businessOf, settingsOf } from '../account-settings.ts'
import { notFound } from '../errors.ts'
import { isResult, publicAccountOf } from '../route-helpers.ts'
import { type HellotextState, newestFirst } from '../state.ts'

export const getBusiness: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  if (ctx.params.business_id !== settingsOf(account).businessId) return notFound('business_id')
  const webchat = newestFirst(state.webchats, account.id).at(-1)
  return json(200, businessOf(account, webchat?.id))
}
