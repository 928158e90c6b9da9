// listCustomEventTypes: GET /custom-event-types/ — event types of all the account's integrations.
// Behaviour: shared/research/connectif.md §4, §11.2 — CustomEventTypeList [DOC]; top-level path [CODE]; order [INF].
import { defineRoute } from '../define-route.ts'
import { listPage } from '../route-helpers.ts'
import { eventTypeResource } from './custom-event-types.ts'

export const listCustomEventTypes = defineRoute('listCustomEventTypes', (ctx, state) => {
  const accountId = ctx.account.id
  const types = state.customEventTypes
    .findMany((q) => q.where({ accountId }))
    .map(eventTypeResource)
  return { status: 200, body: listPage(ctx, '/custom-event-types/', types) }
})
