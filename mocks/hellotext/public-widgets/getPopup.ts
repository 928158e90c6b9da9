// getPopup: GET /v1/public/popups/{id} — the popup's HTML with the business metadata, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS, index copy]; popups come from fixtures or the admin API [INF].
import { businessOf, publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn, newestFirst } from '../records.ts'

export const getPopup = defineRoute('getPopup', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const popup = findIn(state.popups, account.id, ctx.params.id)
  if (!popup) return notFound()
  const webchat = newestFirst(state.webchats, account.id).at(-1)
  return {
    status: 200,
    body: {
      html: popup.html,
      locale: ctx.query.locale ?? popup.locale,
      business: businessOf(account, webchat?.id),
    },
  }
})
