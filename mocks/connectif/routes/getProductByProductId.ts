// getProductByProductId: GET /products/product-id/{productId}.
// Behaviour: shared/research/connectif.md §4, §7 — route [DOC/CODE]; 404 when missing [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findProductByProductId, productResource } from '../products-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const getProductByProductId: RouteHandler<ConnectifState> = (ctx, state) => {
  const product = findProductByProductId(state, accountOf(ctx).id, ctx.params.productId as string)
  return product ? json(200, productResource(product)) : notFound('Product not found.')
}
