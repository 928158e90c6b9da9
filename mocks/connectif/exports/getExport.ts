// getExport: GET /exports/{id} — the export; when finished, a new fileUrl valid 100 minutes on every GET.
// Behaviour: shared/research/connectif.md §10 — fileUrl regenerated per GET, valid 100 minutes [DOC]; pacing by the sandbox clock and 404 when missing [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findExport, viewExport } from './exports.ts'

export const getExport = defineRoute('getExport', (ctx, state) => {
  const job = findExport(state, ctx.account.id, ctx.params.id)
  return job ? { status: 200, body: viewExport(ctx, state, job) } : notFound('Export not found.')
})
