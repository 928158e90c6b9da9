// getPurchaseByPurchaseId: GET /purchases/purchase-id/{purchaseId} — by the store's purchase id.
// Behaviour: shared/research/connectif.md §6.3 [DOC] (200, 404).
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findPurchaseByPurchaseId, purchaseResource } from '../purchases-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const getPurchaseByPurchaseId: RouteHandler<ConnectifState> = (ctx, state) => {
  const purchase = findPurchaseByPurchaseId(
    state,
    accountOf(ctx).id,
    ctx.params.purchaseId as string,
  )
  return purchase ? json(200, purchaseResource(purchase)) : notFound('Purchase not found.')
}
