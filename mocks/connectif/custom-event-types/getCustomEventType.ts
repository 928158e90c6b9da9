// getCustomEventType: GET /custom-event-types/{id} — 200 CustomEventType or 404.
// Behaviour: shared/research/connectif.md §4, §11.2 — resource [DOC]; path [CODE]; 404 [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { EVENT_TYPE_NOT_FOUND, eventTypeResource, findEventType } from './custom-event-types.ts'

export const getCustomEventType = defineRoute('getCustomEventType', (ctx, state) => {
  const type = findEventType(state, ctx.account.id, ctx.params.id)
  return type ? { status: 200, body: eventTypeResource(type) } : notFound(EVENT_TYPE_NOT_FOUND)
})
