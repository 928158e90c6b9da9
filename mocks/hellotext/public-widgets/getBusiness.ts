// getBusiness: GET /v1/public/businesses/{business_id} — the caller's public metadata; another id is 404.
// Behaviour: shared/research/hellotext-reskyt.md A10 [SDK: JS src/models/business.js]; default values [INF].
import { businessOf, publicAccountOf, settingsOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { newestFirst } from '../records.ts'

export const getBusiness = defineRoute('getBusiness', (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (ctx.params.business_id !== settingsOf(account).businessId) return notFound('business_id')
  const webchat = newestFirst(state.webchats, account.id).at(-1)
  return { status: 200, body: businessOf(account, webchat?.id) }
})
