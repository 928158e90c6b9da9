// updateOrder: PATCH /v1/attribution/orders/{id} — fixes attributes; tracks no lifecycle event.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 [DOC: HELP orders]; `items` replacing the items [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findOrder, orderResource, updateOrder as update } from './orders.ts'

export const updateOrder = defineRoute('updateOrder', (ctx, state) => {
  const order = findOrder(state, ctx.account.id, ctx.params.id)
  if (!order) return notFound()
  return { status: 200, body: orderResource(state, update(state, ctx, order, ctx.body)) }
})
