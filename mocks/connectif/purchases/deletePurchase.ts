// deletePurchase: DELETE /purchases/{id} — by Connectif id → 204, recalculating the contact's stats.
// Behaviour: shared/research/connectif.md §4 (route [CODE]), §6.3 (recalculation [DOC]); 404 [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findPurchaseById, deletePurchase as remove } from './purchases.ts'

export const deletePurchase = defineRoute('deletePurchase', (ctx, state) => {
  const purchase = findPurchaseById(state, ctx.account.id, ctx.params.id)
  if (!purchase) return notFound('Purchase not found.')
  remove(state, purchase, ctx.now)
  return { status: 204 }
})
