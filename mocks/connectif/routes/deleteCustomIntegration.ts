// deleteCustomIntegration: DELETE /custom-integrations/{id} — 204, with its custom event types.
// Behaviour: shared/research/connectif.md §4 — route [CODE]; 204, 404, and the cascade to the integration's event types (received events are kept) [INF].
import { noContent } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { findIntegration, type StoredEventType } from '../custom-events-model.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const deleteCustomIntegration: RouteHandler<ConnectifState> = (ctx, state) => {
  const integration = findIntegration(state, accountOf(ctx).id, ctx.params.id as string)
  if (!integration) return notFound('Custom integration not found.')
  state.customIntegrations.delete(integration)
  state.customEventTypes.deleteMany((q) =>
    q.where((type) => (type as StoredEventType).integrationId === integration.id),
  )
  return noContent()
}
