// getWorkflow: GET /workflows/{id} — 200 Workflow or 404.
// Behaviour: shared/research/connectif.md §4 — route [CODE]; fields and 404 [INF].
import { getOwned } from '../../sandbox/records/indexed-table.ts'
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { toResource } from '../records.ts'

export const getWorkflow = defineRoute('getWorkflow', (ctx, state) => {
  const workflow = getOwned(state.workflows, ctx.account.id, ctx.params.id)
  return workflow ? { status: 200, body: toResource(workflow) } : notFound('Workflow not found.')
})
