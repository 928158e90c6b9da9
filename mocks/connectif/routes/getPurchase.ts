// getPurchase: GET /purchases/{id} — 400 for an id that is not a Connectif id, 404 when missing.
// Behaviour: shared/research/connectif.md §6.3 [DOC] (200, 400 invalid id, 404 "Purchase not found.").
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { httpError, notFound } from '../errors.ts'
import { findPurchaseById, purchaseResource } from '../purchases-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

/** Connectif ids are 24-hex ObjectIds [DOC: ERRC example ids]. */
export const CONNECTIF_ID = /^[0-9a-f]{24}$/i

export const getPurchase: RouteHandler<ConnectifState> = (ctx, state) => {
  const id = ctx.params.id as string
  if (!CONNECTIF_ID.test(id)) return httpError(400, 'Invalid purchase id.')
  const purchase = findPurchaseById(state, accountOf(ctx).id, id)
  return purchase ? json(200, purchaseResource(purchase)) : notFound('Purchase not found.')
}
