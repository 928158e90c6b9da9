// getIdentification: GET /v1/public/identifications/{receipt} — {"status":"completed"} for a known receipt, else 404.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS test]; the receipt is the identification's id, listed by the admin API [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'

export const getIdentification = defineRoute('getIdentification', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const identification = findIn(state.identifications, account.id, ctx.params.receipt)
  // Identification is synchronous in the sandbox, so a known receipt is always completed [INF].
  return identification ? { status: 200, body: { status: 'completed' } } : notFound('receipt')
})
