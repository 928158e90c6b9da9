// updateVariant: PATCH /v1/attribution/variants/{id} — changes a variant; the default variant is the product's to change.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 [DOC: HELP-new products]; 422 not_allowed on the default variant [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { updateVariant as update, variantResource } from '../products-model.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

type Body = operations['updateVariant']['requestBody']['content']['application/json']

export const updateVariant: RouteHandler<HellotextState> = (ctx, state) => {
  const variant = findIn(state.variants, accountOf(ctx, state).id, ctx.params.id as string)
  if (!variant) return notFound()
  const updated = update(state, variant, ctx.body as Body)
  return isResult(updated) ? updated : json(200, variantResource(state, updated))
}
