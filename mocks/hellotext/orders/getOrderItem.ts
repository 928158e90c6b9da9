// getOrderItem: GET /v1/attribution/order_items/{id} — one item of an order, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 (order items [DOC]); path [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { orderItemResource } from '../orders-model.ts'
import { accountOf } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

export const getOrderItem: RouteHandler<HellotextState> = (ctx, state) => {
  const item = findIn(state.orderItems, accountOf(ctx, state).id, ctx.params.id as string)
  return item ? json(200, orderItemResource(item)) : notFound()
}
