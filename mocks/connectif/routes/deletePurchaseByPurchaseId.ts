// deletePurchaseByPurchaseId: DELETE /purchases/purchase-id/{purchaseId} → 204, recalculating stats.
// Behaviour: shared/research/connectif.md §6.3 [DOC] — 204; the docs list no 404, so an unknown
// purchaseId is also 204: the delete is idempotent [INF].
import { noContent } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { findPurchaseByPurchaseId, deletePurchase as remove } from '../purchases-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const deletePurchaseByPurchaseId: RouteHandler<ConnectifState> = (ctx, state) => {
  const purchase = findPurchaseByPurchaseId(
    state,
    accountOf(ctx).id,
    ctx.params.purchaseId as string,
  )
  if (purchase) remove(state, purchase, ctx.now)
  return noContent()
}
