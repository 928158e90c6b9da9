// deletePurchaseByPurchaseId: DELETE /purchases/purchase-id/{purchaseId} → 204, recalculating stats.
// Behaviour: shared/research/connectif.md §6.3 [DOC] — 204; the docs list no 404, so an unknown
// purchaseId is also 204: the delete is idempotent [INF].
import { defineRoute } from '../define-route.ts'
import { findPurchaseByPurchaseId, deletePurchase as remove } from './purchases.ts'

export const deletePurchaseByPurchaseId = defineRoute(
  'deletePurchaseByPurchaseId',
  (ctx, state) => {
    const purchase = findPurchaseByPurchaseId(state, ctx.account.id, ctx.params.purchaseId)
    if (purchase) remove(state, purchase, ctx.now)
    return { status: 204 }
  },
)
