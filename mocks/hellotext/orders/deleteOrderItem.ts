// deleteOrderItem: DELETE /v1/attribution/order_items/{id} — removes the item from its order and answers it.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 (order items [DOC]); path and answer [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findOrder, orderItemResource } from '../orders-model.ts'
import { accountOf } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

export const deleteOrderItem: RouteHandler<HellotextState> = (ctx, state) => {
  const accountId = accountOf(ctx, state).id
  const item = findIn(state.orderItems, accountId, ctx.params.id as string)
  if (!item) return notFound()
  state.orderItems.delete(item)
  const order = findOrder(state, accountId, item.orderId)
  if (order)
    state.orders.update(order, (o) => ({ ...o, itemIds: o.itemIds.filter((id) => id !== item.id) }))
  return json(200, orderItemResource(item))
}
