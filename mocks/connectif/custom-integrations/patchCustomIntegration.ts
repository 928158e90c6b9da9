// patchCustomIntegration: PATCH /custom-integrations/{id} — partial update → 200, or 404.
// Behaviour: shared/research/connectif.md §11.2 — CustomIntegrationUpdate, 200, 404 [DOC].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { toResource } from '../records.ts'
import { findIntegration } from './custom-integrations.ts'

export const patchCustomIntegration = defineRoute('patchCustomIntegration', (ctx, state) => {
  const integration = findIntegration(state, ctx.account.id, ctx.params.id)
  if (!integration) return notFound('Custom integration not found.')
  const updated = state.customIntegrations.update(integration, (current) => ({
    ...current,
    ...ctx.body,
    id: current.id,
    accountId: current.accountId,
  }))
  return { status: 200, body: toResource(updated) }
})
