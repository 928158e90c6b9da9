// deleteCustomEventType: DELETE /custom-event-types/{id} — 204 or 404; its alias becomes free.
// Behaviour: shared/research/connectif.md §4 — path [CODE]; 204/404 [INF].
import { noContent } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { EVENT_TYPE_NOT_FOUND, findEventType } from '../custom-events-model.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const deleteCustomEventType: RouteHandler<ConnectifState> = (ctx, state) => {
  const type = findEventType(state, accountOf(ctx).id, ctx.params.id as string)
  if (!type) return notFound(EVENT_TYPE_NOT_FOUND)
  state.customEventTypes.delete(type)
  return noContent()
}
