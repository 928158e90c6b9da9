// listOrders: GET /v1/attribution/orders — orders with their computed totals, newest first.
// Behaviour: shared/research/hellotext-reskyt.md A3 ("paginated order list" [DOC]); the route itself [INF].
import { defineRoute } from '../define-route.ts'
import { listPage, newestFirst } from '../records.ts'
import { orderResource } from './orders.ts'

export const listOrders = defineRoute('listOrders', (ctx, state) => ({
  status: 200,
  body: listPage(ctx.query, newestFirst(state.orders, ctx.account.id)).map((order) =>
    orderResource(state, order),
  ),
}))
