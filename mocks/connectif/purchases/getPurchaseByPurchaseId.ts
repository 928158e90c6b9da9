// getPurchaseByPurchaseId: GET /purchases/purchase-id/{purchaseId} — by the store's purchase id.
// Behaviour: shared/research/connectif.md §6.3 [DOC] (200, 404).
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findPurchaseByPurchaseId, purchaseResource } from './purchases.ts'

export const getPurchaseByPurchaseId = defineRoute('getPurchaseByPurchaseId', (ctx, state) => {
  const purchase = findPurchaseByPurchaseId(state, ctx.account.id, ctx.params.purchaseId)
  return purchase
    ? { status: 200, body: purchaseResource(purchase) }
    : notFound('Purchase not found.')
})
