// deleteVariant: DELETE /v1/attribution/variants/{id} — removes a variant and answers it.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 [DOC: HELP-new products]; the answer, and the default variant leaving with the last one [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { deleteVariant as remove, variantResource } from '../products-model.ts'
import { accountOf } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

export const deleteVariant: RouteHandler<HellotextState> = (ctx, state) => {
  const variant = findIn(state.variants, accountOf(ctx, state).id, ctx.params.id as string)
  if (!variant) return notFound()
  const resource = variantResource(state, variant)
  return remove(state, variant) ?? json(200, resource)
}
