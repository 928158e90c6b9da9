// listEvents: GET /v1/attribution/events — tracked events, newest first, paged by cursor.
// Behaviour: shared/research/hellotext-reskyt.md A3 ("the event list uses a cursor" [DOC]); path, shape and no filters [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { accountOf, isResult, listPage } from '../route-helpers.ts'
import { type HellotextState, newestFirst } from '../state.ts'
import { eventResource } from '../tracking-model.ts'

export const listEvents: RouteHandler<HellotextState> = (ctx, state) => {
  const page = listPage(ctx, newestFirst(state.events, accountOf(ctx, state).id))
  return isResult(page) ? page : json(200, page.map(eventResource))
}
