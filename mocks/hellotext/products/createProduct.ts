// createProduct: POST /v1/attribution/products — 201 with the product (default variant first), or 422.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Product" [DOC: HELP products, HELP-new: 201]; default variant placement [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { createProduct as create, productResource } from '../products-model.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

type Body = operations['createProduct']['requestBody']['content']['application/json']

export const createProduct: RouteHandler<HellotextState> = (ctx, state) => {
  const product = create(state, ctx, accountOf(ctx, state).id, ctx.body as Body)
  return isResult(product) ? product : json(201, productResource(state, product))
}
