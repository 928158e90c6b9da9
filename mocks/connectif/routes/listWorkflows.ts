// listWorkflows: GET /workflows/ — the account's workflows (read only, seeded by fixtures).
// Behaviour: shared/research/connectif.md §4 — route [CODE]; fields, list shape and order [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { accountOf, listPage } from '../route-helpers.ts'
import { type ConnectifState, toResource } from '../state.ts'

export const listWorkflows: RouteHandler<ConnectifState> = (ctx, state) => {
  const accountId = accountOf(ctx).id
  const workflows = state.workflows
    .findMany((q) => q.where({ accountId }))
    .map((workflow) => toResource(workflow))
  return json(200, listPage(ctx, '/workflows/', workflows))
}
