// getOrder: GET /v1/attribution/orders/{id} — the order with its computed `total`, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Order" [DOC: HELP orders: GET returns total].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findOrder, orderResource } from './orders.ts'

export const getOrder = defineRoute('getOrder', (ctx, state) => {
  const order = findOrder(state, ctx.account.id, ctx.params.id)
  return order ? { status: 200, body: orderResource(state, order) } : notFound()
})
