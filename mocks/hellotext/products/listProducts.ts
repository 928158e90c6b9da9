// listProducts: GET /v1/attribution/products — products, newest first, paged by cursor.
// Behaviour: shared/research/hellotext-reskyt.md A3 ("paginated list" for reconciliation [DOC]); the route itself [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { productResource } from '../products-model.ts'
import { accountOf, isResult, listPage } from '../route-helpers.ts'
import { type HellotextState, newestFirst } from '../state.ts'

export const listProducts: RouteHandler<HellotextState> = (ctx, state) => {
  const page = listPage(ctx, newestFirst(state.products, accountOf(ctx, state).id))
  return isResult(page)
    ? page
    : json(
        200,
        page.map((p) => productResource(state, p)),
      )
}
