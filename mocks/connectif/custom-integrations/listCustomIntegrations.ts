// listCustomIntegrations: GET /custom-integrations/ — the account's integrations, oldest first.
// Behaviour: shared/research/connectif.md §4 — route [CODE]; list shape and order [INF].
import { defineRoute } from '../define-route.ts'
import { toResource } from '../records.ts'
import { listPage } from '../route-helpers.ts'

export const listCustomIntegrations = defineRoute('listCustomIntegrations', (ctx, state) => {
  const accountId = ctx.account.id
  const integrations = state.customIntegrations
    .findMany((q) => q.where({ accountId }))
    .map((integration) => toResource(integration))
  return { status: 200, body: listPage(ctx, '/custom-integrations/', integrations) }
})
