// deleteProduct: DELETE /products/{id} — by Connectif id → 204.
// Behaviour: shared/research/connectif.md §4 — route [CODE]; 204, 404 when missing [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findProductById } from './products.ts'

export const deleteProduct = defineRoute('deleteProduct', (ctx, state) => {
  const product = findProductById(state, ctx.account.id, ctx.params.id)
  if (!product) return notFound('Product not found.')
  state.products.delete(product)
  return { status: 204 }
})
