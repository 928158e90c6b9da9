// deleteExport: DELETE /exports/{id} — 204; frees room under the 5-queued limit and voids its links.
// Behaviour: shared/research/connectif.md §4, §10, §12 — route [CODE], "completed or deleted" [DOC: E0301]; 204/404 [INF].
import { noContent } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findExport } from '../exports-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const deleteExport: RouteHandler<ConnectifState> = (ctx, state) => {
  const job = findExport(state, accountOf(ctx).id, ctx.params.id as string)
  if (!job) return notFound('Export not found.')
  state.exports.delete(job)
  return noContent()
}
