// updateProduct: PATCH /v1/attribution/products/{id} — by id, reference or SKU; `variants: []` deletes them all.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Product" [DOC: HELP products]; non-empty `variants` replace the old ones [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findProductByKey, productResource, updateProduct as update } from './products.ts'

export const updateProduct = defineRoute('updateProduct', (ctx, state) => {
  const product = findProductByKey(state, ctx.account.id, ctx.params.id)
  if (!product) return notFound()
  return { status: 200, body: productResource(state, update(state, ctx, product, ctx.body)) }
})
