// createVariant: POST /v1/attribution/products/{product_id}/variants — adds a variant; 404 for an unknown product.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 [DOC: HELP-new products]; 201 and the default variant coming along [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { addVariant, findProduct, variantResource } from '../products-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

type Body = operations['createVariant']['requestBody']['content']['application/json']

export const createVariant: RouteHandler<HellotextState> = (ctx, state) => {
  const product = findProduct(state, accountOf(ctx, state).id, ctx.params.product_id as string)
  if (!product) return notFound('product_id')
  return json(201, variantResource(state, addVariant(state, ctx, product, ctx.body as Body)))
}
