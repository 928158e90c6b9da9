// deletePurchase: DELETE /purchases/{id} — by Connectif id → 204, recalculating the contact's stats.
// Behaviour: shared/research/connectif.md §4 (route [CODE]), §6.3 (recalculation [DOC]); 404 [INF].
import { noContent } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findPurchaseById, deletePurchase as remove } from '../purchases-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const deletePurchase: RouteHandler<ConnectifState> = (ctx, state) => {
  const purchase = findPurchaseById(state, accountOf(ctx).id, ctx.params.id as string)
  if (!purchase) return notFound('Purchase not found.')
  remove(state, purchase, ctx.now)
  return noContent()
}
