// getObject: GET /v1/objects/{id} — one custom structure, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Custom objects" [DOC]; path [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'
import { structureResource } from '../structures-model.ts'

export const getObject: RouteHandler<HellotextState> = (ctx, state) => {
  const structure = findIn(state.structures, accountOf(ctx, state).id, ctx.params.id as string)
  return structure ? json(200, structureResource(structure)) : notFound()
}
