// createCustomEventByAlias: POST /custom-events/alias/{alias}?createContact= — 201, 400 E0501, 404, 422.
// Behaviour: shared/research/connectif.md §11.1 — strict validation, email primary key, createContact, E0501 [DOC]; response shape and the 400 for send-category types [INF].
import {
  EVENT_TYPE_NOT_FOUND,
  findEventTypeByAlias,
} from '../custom-event-types/custom-event-types.ts'
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { receiveCustomEvent } from './custom-events.ts'

export const createCustomEventByAlias = defineRoute('createCustomEventByAlias', (ctx, state) => {
  const type = findEventTypeByAlias(state, ctx.account.id, ctx.params.alias)
  if (!type) return notFound(EVENT_TYPE_NOT_FOUND)
  return { status: 201, body: receiveCustomEvent(state, ctx, type) }
})
