// listWorkflows: GET /workflows/ — the account's workflows (read only, seeded by fixtures).
// Behaviour: shared/research/connectif.md §4 — route [CODE]; fields, list shape and order [INF].
import { defineRoute } from '../define-route.ts'
import { toResource } from '../records.ts'
import { listPage } from '../route-helpers.ts'

export const listWorkflows = defineRoute('listWorkflows', (ctx, state) => {
  const accountId = ctx.account.id
  const workflows = state.workflows
    .findMany((q) => q.where({ accountId }))
    .map((workflow) => toResource(workflow))
  return { status: 200, body: listPage(ctx, '/workflows/', workflows) }
})
