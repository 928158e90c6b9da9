// getExport: GET /exports/{id} — the export; when finished, a new fileUrl valid 100 minutes on every GET.
// Behaviour: shared/research/connectif.md §10 — fileUrl regenerated per GET, valid 100 minutes [DOC]; pacing by the sandbox clock and 404 when missing [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findExport, viewExport } from '../exports-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const getExport: RouteHandler<ConnectifState> = (ctx, state) => {
  const accountId = accountOf(ctx).id
  const job = findExport(state, accountId, ctx.params.id as string)
  return job ? json(200, viewExport(ctx, state, job)) : notFound('Export not found.')
}
