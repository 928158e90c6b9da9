// listProducts: GET /v1/attribution/products — products, newest first, paged by cursor.
// Behaviour: shared/research/hellotext-reskyt.md A3 ("paginated list" for reconciliation [DOC]); the route itself [INF].
import { defineRoute } from '../define-route.ts'
import { listPage, newestFirst } from '../records.ts'
import { productResource } from './products.ts'

export const listProducts = defineRoute('listProducts', (ctx, state) => ({
  status: 200,
  body: listPage(ctx.query, newestFirst(state.products, ctx.account.id)).map((product) =>
    productResource(state, product),
  ),
}))
