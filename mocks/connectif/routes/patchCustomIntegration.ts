// patchCustomIntegration: PATCH /custom-integrations/{id} — partial update → 200, or 404.
// Behaviour: shared/research/connectif.md §11.2 — CustomIntegrationUpdate, 200, 404 [DOC].
import type { components } from '../../../src/generated/connectif.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { findIntegration } from '../custom-events-model.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { type ConnectifState, toResource } from '../state.ts'

type CustomIntegrationUpdate = components['schemas']['CustomIntegrationUpdate']

export const patchCustomIntegration: RouteHandler<ConnectifState> = (ctx, state) => {
  const integration = findIntegration(state, accountOf(ctx).id, ctx.params.id as string)
  if (!integration) return notFound('Custom integration not found.')
  const body = ctx.body as CustomIntegrationUpdate
  const updated = state.customIntegrations.update(integration, (current) => ({
    ...current,
    ...body,
    id: current.id,
    accountId: current.accountId,
  }))
  return json(200, toResource(updated))
}
