// listObjects: GET /v1/objects — the business's custom object structures, newest first.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Custom objects" [DOC: HELP objects]; path [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { accountOf, isResult, listPage } from '../route-helpers.ts'
import { type HellotextState, newestFirst } from '../state.ts'
import { structureResource } from '../structures-model.ts'

export const listObjects: RouteHandler<HellotextState> = (ctx, state) => {
  const page = listPage(ctx, newestFirst(state.structures, accountOf(ctx, state).id))
  return isResult(page) ? page : json(200, page.map(structureResource))
}
