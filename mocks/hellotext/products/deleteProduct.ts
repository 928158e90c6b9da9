// deleteProduct: DELETE /v1/attribution/products/{id} — removes the product and its variants; answers the deleted product.
// Behaviour: shared/research/hellotext-reskyt.md A3 (deleting products is mentioned [DOC]); route and answer [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findProduct, productResource, deleteProduct as remove } from '../products-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

export const deleteProduct: RouteHandler<HellotextState> = (ctx, state) => {
  const product = findProduct(state, accountOf(ctx, state).id, ctx.params.id as string)
  if (!product) return notFound()
  const resource = productResource(state, product)
  remove(state, product)
  return json(200, resource)
}
