// createOrder: POST /v1/attribution/orders — 201 with the order and its computed total; tracks no event.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Order" [DOC: HELP orders; SDK: WP, VTEX]; 201 [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { createOrder as create, type OrderInput, orderResource } from '../orders-model.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

export const createOrder: RouteHandler<HellotextState> = (ctx, state) => {
  const order = create(state, ctx, accountOf(ctx, state).id, ctx.body as OrderInput)
  return isResult(order) ? order : json(201, orderResource(state, order))
}
