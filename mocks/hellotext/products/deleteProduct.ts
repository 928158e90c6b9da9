// deleteProduct: DELETE /v1/attribution/products/{id} — removes the product and its variants; answers the deleted product.
// Behaviour: shared/research/hellotext-reskyt.md A3 (deleting products is mentioned [DOC]); route and answer [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findProduct, productResource, deleteProduct as remove } from './products.ts'

export const deleteProduct = defineRoute('deleteProduct', (ctx, state) => {
  const product = findProduct(state, ctx.account.id, ctx.params.id)
  if (!product) return notFound()
  const resource = productResource(state, product)
  remove(state, product)
  return { status: 200, body: resource }
})
