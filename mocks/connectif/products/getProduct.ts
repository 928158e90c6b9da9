// getProduct: GET /products/{id} — by Connectif id.
// Behaviour: shared/research/connectif.md §4, §7 — route [DOC/CODE]; 404 when missing [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findProductById, productResource } from './products.ts'

export const getProduct = defineRoute('getProduct', (ctx, state) => {
  const product = findProductById(state, ctx.account.id, ctx.params.id)
  return product ? { status: 200, body: productResource(product) } : notFound('Product not found.')
})
