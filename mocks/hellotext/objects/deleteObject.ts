// deleteObject: DELETE /v1/objects/{id} — removes a custom structure and answers it.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Custom objects" [DOC]; path and answer [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'
import { structureResource } from '../structures-model.ts'

export const deleteObject: RouteHandler<HellotextState> = (ctx, state) => {
  const structure = findIn(state.structures, accountOf(ctx, state).id, ctx.params.id as string)
  if (!structure) return notFound()
  state.structures.delete(structure)
  return json(200, structureResource(structure))
}
