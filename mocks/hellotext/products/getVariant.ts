// getVariant: GET /v1/attribution/variants/{id} — the variant (the default one mirrors its product), or 404.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 [DOC: HELP-new products].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'
import { variantResource } from './products.ts'

export const getVariant = defineRoute('getVariant', (ctx, state) => {
  const variant = findIn(state.variants, ctx.account.id, ctx.params.id)
  return variant ? { status: 200, body: variantResource(state, variant) } : notFound()
})
