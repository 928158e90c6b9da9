// getOrder: GET /v1/attribution/orders/{id} — the order with its computed `total`, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Order" [DOC: HELP orders: GET returns total].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findOrder, orderResource } from '../orders-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

export const getOrder: RouteHandler<HellotextState> = (ctx, state) => {
  const order = findOrder(state, accountOf(ctx, state).id, ctx.params.id as string)
  return order ? json(200, orderResource(state, order)) : notFound()
}
