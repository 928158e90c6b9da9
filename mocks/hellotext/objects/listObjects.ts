// listObjects: GET /v1/objects — the business's custom object structures, newest first.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Custom objects" [DOC: HELP objects]; path [INF].
import { defineRoute } from '../define-route.ts'
import { listPage, newestFirst } from '../records.ts'
import { structureResource } from './objects.ts'

export const listObjects = defineRoute('listObjects', (ctx, state) => ({
  status: 200,
  body: listPage(ctx.query, newestFirst(state.structures, ctx.account.id)).map(structureResource),
}))
