// updateProduct: PATCH /v1/attribution/products/{id} — by id, reference or SKU; `variants: []` deletes them all.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Product" [DOC: HELP products]; non-empty `variants` replace the old ones [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findProductByKey, productResource, updateProduct as update } from '../products-model.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

type Body = operations['updateProduct']['requestBody']['content']['application/json']

export const updateProduct: RouteHandler<HellotextState> = (ctx, state) => {
  const product = findProductByKey(state, accountOf(ctx, state).id, ctx.params.id as string)
  if (!product) return notFound()
  const updated = update(state, ctx, product, ctx.body as Body)
  return isResult(updated) ? updated : json(200, productResource(state, updated))
}
