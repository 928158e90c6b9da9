// createCustomEventById: POST /custom-events/id/{id}?createContact= — as by alias, addressing the type by id.
// Behaviour: shared/research/connectif.md §4, §11.1 — path [CODE], "by alias or id" [DOC: ERRC]; same rules as createCustomEventByAlias [INF].
import { EVENT_TYPE_NOT_FOUND, findEventType } from '../custom-event-types/custom-event-types.ts'
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { receiveCustomEvent } from './custom-events.ts'

export const createCustomEventById = defineRoute('createCustomEventById', (ctx, state) => {
  const type = findEventType(state, ctx.account.id, ctx.params.id)
  if (!type) return notFound(EVENT_TYPE_NOT_FOUND)
  return { status: 201, body: receiveCustomEvent(state, ctx, type) }
})
