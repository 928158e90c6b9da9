// getOrderItem: GET /v1/attribution/order_items/{id} — one item of an order, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 (order items [DOC]); path [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'
import { orderItemResource } from './orders.ts'

export const getOrderItem = defineRoute('getOrderItem', (ctx, state) => {
  const item = findIn(state.orderItems, ctx.account.id, ctx.params.id)
  return item ? { status: 200, body: orderItemResource(item) } : notFound()
})
