// updateVariant: PATCH /v1/attribution/variants/{id} — changes a variant; the default variant is the product's to change.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 [DOC: HELP-new products]; 422 not_allowed on the default variant [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'
import { updateVariant as update, variantResource } from './products.ts'

export const updateVariant = defineRoute('updateVariant', (ctx, state) => {
  const variant = findIn(state.variants, ctx.account.id, ctx.params.id)
  if (!variant) return notFound()
  return { status: 200, body: variantResource(state, update(state, variant, ctx.body)) }
})
