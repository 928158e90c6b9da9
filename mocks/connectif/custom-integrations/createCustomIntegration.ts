// createCustomIntegration: POST /custom-integrations/ — 201 CustomIntegration.
// Behaviour: shared/research/connectif.md §11.2 — fields, 201 [DOC]; `imageUri: null` and `eventsEnabled: true` when omitted [INF].
import { defineRoute } from '../define-route.ts'
import { toResource } from '../records.ts'

export const createCustomIntegration = defineRoute('createCustomIntegration', (ctx, state) => {
  const integration = state.customIntegrations.insert({
    imageUri: null,
    eventsEnabled: true,
    ...ctx.body,
    id: ctx.ids.objectId(),
    accountId: ctx.account.id,
  })
  return { status: 201, body: toResource(integration) }
})
