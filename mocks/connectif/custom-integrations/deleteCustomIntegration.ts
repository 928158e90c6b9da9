// deleteCustomIntegration: DELETE /custom-integrations/{id} — 204, with its custom event types.
// Behaviour: shared/research/connectif.md §4 — route [CODE]; 204, 404, and the cascade to the integration's event types (received events are kept) [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIntegration } from './custom-integrations.ts'

export const deleteCustomIntegration = defineRoute('deleteCustomIntegration', (ctx, state) => {
  const integration = findIntegration(state, ctx.account.id, ctx.params.id)
  if (!integration) return notFound('Custom integration not found.')
  state.customIntegrations.delete(integration)
  state.customEventTypes.deleteMany((q) => q.where({ integrationId: integration.id }))
  return { status: 204 }
})
