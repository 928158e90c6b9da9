// getProduct: GET /v1/attribution/products/{id} — by id, reference or SKU; 404 when none matches.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 [DOC: HELP products: the path key may be id, reference or SKU].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findProductByKey, productResource } from './products.ts'

export const getProduct = defineRoute('getProduct', (ctx, state) => {
  const product = findProductByKey(state, ctx.account.id, ctx.params.id)
  return product ? { status: 200, body: productResource(state, product) } : notFound()
})
