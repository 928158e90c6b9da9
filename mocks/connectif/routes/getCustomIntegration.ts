// getCustomIntegration: GET /custom-integrations/{id} — 200 CustomIntegration or 404.
// Behaviour: shared/research/connectif.md §4, §11.2 — route [CODE]; 404 on unknown id [DOC].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { findIntegration } from '../custom-events-model.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { type ConnectifState, toResource } from '../state.ts'

export const getCustomIntegration: RouteHandler<ConnectifState> = (ctx, state) => {
  const integration = findIntegration(state, accountOf(ctx).id, ctx.params.id as string)
  return integration
    ? json(200, toResource(integration))
    : notFound('Custom integration not found.')
}
