// listCustomEventTypes: GET /custom-event-types/ — event types of all the account's integrations.
// Behaviour: shared/research/connectif.md §4, §11.2 — CustomEventTypeList [DOC]; top-level path [CODE]; order [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { eventTypeResource, type StoredEventType } from '../custom-events-model.ts'
import { accountOf, listPage } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const listCustomEventTypes: RouteHandler<ConnectifState> = (ctx, state) => {
  const accountId = accountOf(ctx).id
  const types = state.customEventTypes
    .findMany((q) => q.where({ accountId }))
    .map((type) => eventTypeResource(type as StoredEventType))
  return json(200, listPage(ctx, '/custom-event-types/', types))
}
