// getVariant: GET /v1/attribution/variants/{id} — the variant (the default one mirrors its product), or 404.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 [DOC: HELP-new products].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { variantResource } from '../products-model.ts'
import { accountOf } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

export const getVariant: RouteHandler<HellotextState> = (ctx, state) => {
  const variant = findIn(state.variants, accountOf(ctx, state).id, ctx.params.id as string)
  return variant ? json(200, variantResource(state, variant)) : notFound()
}
