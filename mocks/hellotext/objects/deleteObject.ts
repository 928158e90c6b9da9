// deleteObject: DELETE /v1/objects/{id} — removes a custom structure and answers it.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Custom objects" [DOC]; path and answer [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'
import { structureResource } from './objects.ts'

export const deleteObject = defineRoute('deleteObject', (ctx, state) => {
  const structure = findIn(state.structures, ctx.account.id, ctx.params.id)
  if (!structure) return notFound()
  state.structures.delete(structure)
  return { status: 200, body: structureResource(structure) }
})
