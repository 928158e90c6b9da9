// listCustomIntegrations: GET /custom-integrations/ — the account's integrations, oldest first.
// Behaviour: shared/research/connectif.md §4 — route [CODE]; list shape and order [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { accountOf, listPage } from '../route-helpers.ts'
import { type ConnectifState, toResource } from '../state.ts'

export const listCustomIntegrations: RouteHandler<ConnectifState> = (ctx, state) => {
  const accountId = accountOf(ctx).id
  const integrations = state.customIntegrations
    .findMany((q) => q.where({ accountId }))
    .map((integration) => toResource(integration))
  return json(200, listPage(ctx, '/custom-integrations/', integrations))
}
