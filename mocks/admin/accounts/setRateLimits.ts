// setRateLimits: PUT /__admin/accounts/{id}/rate-limits — replaces the account's per-service limits;
// a service left out goes back to its default.
import { defineRoute } from '../define-route.ts'
import { accountOf } from '../state.ts'

export const setRateLimits = defineRoute('setRateLimits', (ctx, state) => {
  const account = accountOf(state, ctx.params.id)
  // The pipeline reads account.rateLimits on every request, so the change applies to the next one.
  account.rateLimits = { ...ctx.body }
  return { status: 200, body: account }
})
