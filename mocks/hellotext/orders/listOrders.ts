// listOrders: GET /v1/attribution/orders — orders with their computed totals, newest first.
// Behaviour: shared/research/hellotext-reskyt.md A3 ("paginated order list" [DOC]); the route itself [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { orderResource } from '../orders-model.ts'
import { accountOf, isResult, listPage } from '../route-helpers.ts'
import { type HellotextState, newestFirst } from '../state.ts'

export const listOrders: RouteHandler<HellotextState> = (ctx, state) => {
  const page = listPage(ctx, newestFirst(state.orders, accountOf(ctx, state).id))
  return isResult(page)
    ? page
    : json(
        200,
        page.map((o) => orderResource(state, o)),
      )
}
