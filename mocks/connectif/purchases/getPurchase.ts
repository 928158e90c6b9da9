// getPurchase: GET /purchases/{id} — 400 for an id that is not a Connectif id, 404 when missing.
// Behaviour: shared/research/connectif.md §6.3 [DOC] (200, 400 invalid id, 404 "Purchase not found.").
import { defineRoute } from '../define-route.ts'
import { httpError, notFound } from '../errors.ts'
import { CONNECTIF_ID, findPurchaseById, purchaseResource } from './purchases.ts'

export const getPurchase = defineRoute('getPurchase', (ctx, state) => {
  const { id } = ctx.params
  if (!CONNECTIF_ID.test(id)) return httpError(400, 'Invalid purchase id.')
  const purchase = findPurchaseById(state, ctx.account.id, id)
  return purchase
    ? { status: 200, body: purchaseResource(purchase) }
    : notFound('Purchase not found.')
})
