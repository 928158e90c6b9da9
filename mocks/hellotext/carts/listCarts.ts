// listCarts: GET /v1/attribution/carts — carts made by `cart.*` events, newest first; how a cart is found by reference.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 "Cart" [DOC: HELP-new custom-store].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { cartResource } from '../carts-model.ts'
import { accountOf, isResult, listPage } from '../route-helpers.ts'
import { type HellotextState, newestFirst } from '../state.ts'

export const listCarts: RouteHandler<HellotextState> = (ctx, state) => {
  const page = listPage(ctx, newestFirst(state.carts, accountOf(ctx, state).id))
  return isResult(page) ? page : json(200, page.map(cartResource))
}
