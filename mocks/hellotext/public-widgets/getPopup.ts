// getPopup: GET /v1/public/popups/{id} — the popup's HTML with the business metadata, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS, index copy]; popups come from fixtures or the admin API [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { businessOf } from '../account-settings.ts'
import { notFound } from '../errors.ts'
import { isResult, publicAccountOf } from '../route-helpers.ts'
import { findIn, type HellotextState, newestFirst } from '../state.ts'

export const getPopup: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  const popup = findIn(state.popups, account.id, ctx.params.id as string)
  if (!popup) return notFound()
  const webchat = newestFirst(state.webchats, account.id).at(-1)
  return json(200, {
    html: popup.html,
    locale: (ctx.query.locale as string | undefined) ?? popup.locale,
    business: businessOf(account, webchat?.id),
  })
}
