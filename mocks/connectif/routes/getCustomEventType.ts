// getCustomEventType: GET /custom-event-types/{id} — 200 CustomEventType or 404.
// Behaviour: shared/research/connectif.md §4, §11.2 — resource [DOC]; path [CODE]; 404 [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { EVENT_TYPE_NOT_FOUND, eventTypeResource, findEventType } from '../custom-events-model.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const getCustomEventType: RouteHandler<ConnectifState> = (ctx, state) => {
  const type = findEventType(state, accountOf(ctx).id, ctx.params.id as string)
  return type ? json(200, eventTypeResource(type)) : notFound(EVENT_TYPE_NOT_FOUND)
}
