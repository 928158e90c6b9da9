// createPurchase: POST /purchases/?triggerPurchaseEvent= — 201 Purchase, or E0101/E0102/E0103.
// Behaviour: shared/research/connectif.md §6.1 [DOC] (checks, codes); 201 + Purchase and duplicate handling [INF].
import { defineRoute } from '../define-route.ts'
import { createPurchase as create, purchaseResource } from './purchases.ts'

export const createPurchase = defineRoute('createPurchase', (ctx, state) => {
  const purchase = create(state, ctx, ctx.body, ctx.query.triggerPurchaseEvent ?? true)
  return { status: 201, body: purchaseResource(purchase) }
})
