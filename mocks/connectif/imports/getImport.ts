// getImport: GET /imports/{id} — one import, as far as the sandbox clock has taken it.
// Behaviour: shared/research/connectif.md §9.2–9.3 — Import resource, polling [DOC/CODE]; 404 when missing [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findImport, importResource } from './imports.ts'

export const getImport = defineRoute('getImport', (ctx, state) => {
  const job = findImport(state, ctx.account.id, ctx.params.id)
  return job
    ? { status: 200, body: importResource(job, ctx.adminUrl) }
    : notFound('Import not found.')
})
