// getProduct: GET /products/{id} — by Connectif id.
// Behaviour: shared/research/connectif.md §4, §7 — route [DOC/CODE]; 404 when missing [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findProductById, productResource } from '../products-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const getProduct: RouteHandler<ConnectifState> = (ctx, state) => {
  const product = findProductById(state, accountOf(ctx).id, ctx.params.id as string)
  return product ? json(200, productResource(product)) : notFound('Product not found.')
}
