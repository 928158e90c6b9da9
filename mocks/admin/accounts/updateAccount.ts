// updateAccount: PATCH /__admin/accounts/{id} — changes an account's rate limits (null gives a
// service back its default) or name, for its next request.
import { defineRoute } from '../define-route.ts'
import { accountOf } from '../state.ts'

export const updateAccount = defineRoute('updateAccount', (ctx, state) => {
  const account = accountOf(state, ctx.params.id)
  if (ctx.body.name !== undefined) account.name = ctx.body.name
  for (const [service, limit] of Object.entries(ctx.body.rateLimits ?? {})) {
    if (limit === null || limit === undefined) delete account.rateLimits[service]
    else account.rateLimits[service] = limit
  }
  return { status: 200, body: account }
})
