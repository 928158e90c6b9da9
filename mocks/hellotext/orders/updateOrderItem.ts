// updateOrderItem: PATCH /v1/attribution/order_items/{id} — changes quantity or unit price; the total follows.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 (order items [DOC]); path and parameters [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { asPrice, findIn } from '../records.ts'
import { orderItemResource } from './orders.ts'

export const updateOrderItem = defineRoute('updateOrderItem', (ctx, state) => {
  const item = findIn(state.orderItems, ctx.account.id, ctx.params.id)
  if (!item) return notFound()
  const { quantity, price } = ctx.body
  const updated = state.orderItems.update(item, (i) => ({
    ...i,
    ...(quantity === undefined ? {} : { quantity }),
    ...(price === undefined ? {} : { price: asPrice(price) }),
  }))
  return { status: 200, body: orderItemResource(updated) }
})
