// patchProductByProductId: PATCH /products/product-id/{productId} — patch or create a product.
// Behaviour: shared/research/connectif.md §7 — "Patch or create" [DOC]; E0201 [DOC]; 200/201 [INF].
import { defineRoute } from '../define-route.ts'
import { patchOrCreateProduct, productResource } from './products.ts'

export const patchProductByProductId = defineRoute('patchProductByProductId', (ctx, state) => {
  const { productId } = ctx.params
  const { created, product } = patchOrCreateProduct(state, ctx, productId, ctx.body ?? {})
  const body = productResource(product)
  return created ? { status: 201, body } : { status: 200, body }
})
