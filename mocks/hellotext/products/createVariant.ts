// createVariant: POST /v1/attribution/products/{product_id}/variants — adds a variant; 404 for an unknown product.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 [DOC: HELP-new products]; 201 and the default variant coming along [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { addVariant, findProduct, variantResource } from './products.ts'

export const createVariant = defineRoute('createVariant', (ctx, state) => {
  const product = findProduct(state, ctx.account.id, ctx.params.product_id)
  if (!product) return notFound('product_id')
  return { status: 201, body: variantResource(state, addVariant(state, ctx, product, ctx.body)) }
})
