// createProduct: POST /v1/attribution/products — 201 with the product (default variant first), or 422.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Product" [DOC: HELP products, HELP-new: 201]; default variant placement [INF].
import { defineRoute } from '../define-route.ts'
import { createProduct as create, productResource } from './products.ts'

export const createProduct = defineRoute('createProduct', (ctx, state) => ({
  status: 201,
  body: productResource(state, create(state, ctx, ctx.body)),
}))
