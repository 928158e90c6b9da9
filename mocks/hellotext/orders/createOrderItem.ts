// createOrderItem: POST /v1/attribution/orders/{id}/items — adds an item (the product's price when none is given).
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 (order items [DOC: HELP #order_items]); path and 201 [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { buildItem, findOrder, orderItemResource } from './orders.ts'

export const createOrderItem = defineRoute('createOrderItem', (ctx, state) => {
  const order = findOrder(state, ctx.account.id, ctx.params.id)
  if (!order) return notFound()
  const item = state.orderItems.insert(buildItem(state, ctx, order, ctx.body, ''))
  state.orders.update(order, (o) => ({ ...o, itemIds: [...o.itemIds, item.id] }))
  return { status: 201, body: orderItemResource(item) }
})
