// deleteProduct: DELETE /products/{id} — by Connectif id → 204.
// Behaviour: shared/research/connectif.md §4 — route [CODE]; 204, 404 when missing [INF].
import { noContent } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findProductById } from '../products-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const deleteProduct: RouteHandler<ConnectifState> = (ctx, state) => {
  const product = findProductById(state, accountOf(ctx).id, ctx.params.id as string)
  if (!product) return notFound('Product not found.')
  state.products.delete(product)
  return noContent()
}
