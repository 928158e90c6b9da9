// createObject: POST /v1/objects — defines a custom structure (singular, unique, not built-in).
// Behaviour: shared/research/hellotext-reskyt.md A6 "Custom objects" [DOC: HELP objects]; path, 201 and required name [INF].
import { defineRoute } from '../define-route.ts'
import { createStructure, structureResource } from './objects.ts'

export const createObject = defineRoute('createObject', (ctx, state) => ({
  status: 201,
  body: structureResource(createStructure(state, ctx, ctx.body)),
}))
