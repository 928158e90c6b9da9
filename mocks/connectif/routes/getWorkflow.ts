// getWorkflow: GET /workflows/{id} — 200 Workflow or 404.
// Behaviour: shared/research/connectif.md §4 — route [CODE]; fields and 404 [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { type ConnectifState, toResource } from '../state.ts'

export const getWorkflow: RouteHandler<ConnectifState> = (ctx, state) => {
  const workflow = state.workflows.get(ctx.params.id as string)
  return workflow?.accountId === accountOf(ctx).id
    ? json(200, toResource(workflow))
    : notFound('Workflow not found.')
}
