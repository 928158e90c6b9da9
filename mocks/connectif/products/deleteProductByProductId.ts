// deleteProductByProductId: DELETE /products/product-id/{productId} → 204.
// Behaviour: shared/research/connectif.md §4 — route [CODE]; 204, 404 when missing [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findProductByProductId } from './products.ts'

export const deleteProductByProductId = defineRoute('deleteProductByProductId', (ctx, state) => {
  const product = findProductByProductId(state, ctx.account.id, ctx.params.productId)
  if (!product) return notFound('Product not found.')
  state.products.delete(product)
  return { status: 204 }
})
