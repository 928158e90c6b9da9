// deleteVariant: DELETE /v1/attribution/variants/{id} — removes a variant and answers it.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 [DOC: HELP-new products]; the answer, and the default variant leaving with the last one [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'
import { deleteVariant as remove, variantResource } from './products.ts'

export const deleteVariant = defineRoute('deleteVariant', (ctx, state) => {
  const variant = findIn(state.variants, ctx.account.id, ctx.params.id)
  if (!variant) return notFound()
  const resource = variantResource(state, variant)
  remove(state, variant)
  return { status: 200, body: resource }
})
