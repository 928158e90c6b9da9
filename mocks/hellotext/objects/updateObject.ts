// updateObject: PATCH /v1/objects/{id} — changes a custom structure's title, name or properties.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Custom objects" [DOC]; path [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'
import { structureResource, updateStructure } from './objects.ts'

export const updateObject = defineRoute('updateObject', (ctx, state) => {
  const structure = findIn(state.structures, ctx.account.id, ctx.params.id)
  if (!structure) return notFound()
  return { status: 200, body: structureResource(updateStructure(state, structure, ctx.body)) }
})
