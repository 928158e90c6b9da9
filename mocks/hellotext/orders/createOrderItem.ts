// createOrderItem: POST /v1/attribution/orders/{id}/items — adds an item (the product's price when none is given).
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 (order items [DOC: HELP #order_items]); path and 201 [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { buildItem, findOrder, orderItemResource } from '../orders-model.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

type Body = operations['createOrderItem']['requestBody']['content']['application/json']

export const createOrderItem: RouteHandler<HellotextState> = (ctx, state) => {
  const order = findOrder(state, accountOf(ctx, state).id, ctx.params.id as string)
  if (!order) return notFound()
  const item = buildItem(state, ctx, order, ctx.body as Body, '')
  if (isResult(item)) return item
  state.orderItems.insert(item)
  state.orders.update(order, (o) => ({ ...o, itemIds: [...o.itemIds, item.id] }))
  return json(201, orderItemResource(item))
}
