// getCustomIntegration: GET /custom-integrations/{id} — 200 CustomIntegration or 404.
// Behaviour: shared/research/connectif.md §4, §11.2 — route [CODE]; 404 on unknown id [DOC].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { toResource } from '../records.ts'
import { findIntegration } from './custom-integrations.ts'

export const getCustomIntegration = defineRoute('getCustomIntegration', (ctx, state) => {
  const integration = findIntegration(state, ctx.account.id, ctx.params.id)
  return integration
    ? { status: 200, body: toResource(integration) }
    : notFound('Custom integration not found.')
})
