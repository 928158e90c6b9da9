// getProductByProductId: GET /products/product-id/{productId}.
// Behaviour: shared/research/connectif.md §4, §7 — route [DOC/CODE]; 404 when missing [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findProductByProductId, productResource } from './products.ts'

export const getProductByProductId = defineRoute('getProductByProductId', (ctx, state) => {
  const product = findProductByProductId(state, ctx.account.id, ctx.params.productId)
  return product ? { status: 200, body: productResource(product) } : notFound('Product not found.')
})
