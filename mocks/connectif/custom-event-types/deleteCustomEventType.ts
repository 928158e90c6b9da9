// deleteCustomEventType: DELETE /custom-event-types/{id} — 204 or 404; its alias becomes free.
// Behaviour: shared/research/connectif.md §4 — path [CODE]; 204/404 [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { EVENT_TYPE_NOT_FOUND, findEventType } from './custom-event-types.ts'

export const deleteCustomEventType = defineRoute('deleteCustomEventType', (ctx, state) => {
  const type = findEventType(state, ctx.account.id, ctx.params.id)
  if (!type) return notFound(EVENT_TYPE_NOT_FOUND)
  state.customEventTypes.delete(type)
  return { status: 204 }
})
