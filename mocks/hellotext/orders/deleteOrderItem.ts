// deleteOrderItem: DELETE /v1/attribution/order_items/{id} — removes the item from its order and answers it.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 (order items [DOC]); path and answer [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'
import { findOrder, orderItemResource } from './orders.ts'

export const deleteOrderItem = defineRoute('deleteOrderItem', (ctx, state) => {
  const accountId = ctx.account.id
  const item = findIn(state.orderItems, accountId, ctx.params.id)
  if (!item) return notFound()
  state.orderItems.delete(item)
  const order = findOrder(state, accountId, item.orderId)
  if (order)
    state.orders.update(order, (o) => ({ ...o, itemIds: o.itemIds.filter((id) => id !== item.id) }))
  return { status: 200, body: orderItemResource(item) }
})
