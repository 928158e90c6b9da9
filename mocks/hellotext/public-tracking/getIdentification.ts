// getIdentification: GET /v1/public/identifications/{receipt} — {"status":"completed"} for a known receipt, else 404.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS test]; the receipt is the identification's id, listed by the admin API [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { isResult, publicAccountOf } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

export const getIdentification: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  const identification = findIn(state.identifications, account.id, ctx.params.receipt as string)
  // Identification is synchronous in the sandbox, so a known receipt is always completed [INF].
  return identification ? json(200, { status: 'completed' }) : notFound('receipt')
}
