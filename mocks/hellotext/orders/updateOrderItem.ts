// updateOrderItem: PATCH /v1/attribution/order_items/{id} — changes quantity or unit price; the total follows.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 (order items [DOC]); path and parameters [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { orderItemResource } from '../orders-model.ts'
import { accountOf } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

type Body = operations['updateOrderItem']['requestBody']['content']['application/json']

export const updateOrderItem: RouteHandler<HellotextState> = (ctx, state) => {
  const item = findIn(state.orderItems, accountOf(ctx, state).id, ctx.params.id as string)
  if (!item) return notFound()
  const body = ctx.body as Body
  const updated = state.orderItems.update(item, (i) => ({
    ...i,
    ...(body.quantity === undefined ? {} : { quantity: body.quantity }),
    ...(body.price === undefined ? {} : { price: body.price }),
  }))
  return json(200, orderItemResource(updated))
}
