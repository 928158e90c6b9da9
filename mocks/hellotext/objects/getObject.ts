// getObject: GET /v1/objects/{id} — one custom structure, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Custom objects" [DOC]; path [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'
import { structureResource } from './objects.ts'

export const getObject = defineRoute('getObject', (ctx, state) => {
  const structure = findIn(state.structures, ctx.account.id, ctx.params.id)
  return structure ? { status: 200, body: structureResource(structure) } : notFound()
})
