// updateObject: PATCH /v1/objects/{id} — changes a custom structure's title, name or properties.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Custom objects" [DOC]; path [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'
import { type StructureInput, structureResource, updateStructure } from '../structures-model.ts'

export const updateObject: RouteHandler<HellotextState> = (ctx, state) => {
  const structure = findIn(state.structures, accountOf(ctx, state).id, ctx.params.id as string)
  if (!structure) return notFound()
  const updated = updateStructure(state, structure, ctx.body as StructureInput)
  return isResult(updated) ? updated : json(200, structureResource(updated))
}
