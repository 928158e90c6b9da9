// deleteExport: DELETE /exports/{id} — 204; frees room under the 5-queued limit and voids its links.
// Behaviour: shared/research/connectif.md §4, §10, §12 — route [CODE], "completed or deleted" [DOC: E0301]; 204/404 [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findExport } from './exports.ts'

export const deleteExport = defineRoute('deleteExport', (ctx, state) => {
  const job = findExport(state, ctx.account.id, ctx.params.id)
  if (!job) return notFound('Export not found.')
  state.exports.delete(job)
  return { status: 204 }
})
