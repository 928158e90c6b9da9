// deleteProductByProductId: DELETE /products/product-id/{productId} → 204.
// Behaviour: shared/research/connectif.md §4 — route [CODE]; 204, 404 when missing [INF].
import { noContent } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findProductByProductId } from '../products-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const deleteProductByProductId: RouteHandler<ConnectifState> = (ctx, state) => {
  const product = findProductByProductId(state, accountOf(ctx).id, ctx.params.productId as string)
  if (!product) return notFound('Product not found.')
  state.products.delete(product)
  return noContent()
}
