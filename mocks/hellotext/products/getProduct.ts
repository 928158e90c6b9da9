// getProduct: GET /v1/attribution/products/{id} — by id, reference or SKU; 404 when none matches.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 [DOC: HELP products: the path key may be id, reference or SKU].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findProductByKey, productResource } from '../products-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

export const getProduct: RouteHandler<HellotextState> = (ctx, state) => {
  const product = findProductByKey(state, accountOf(ctx, state).id, ctx.params.id as string)
  return product ? json(200, productResource(state, product)) : notFound()
}
