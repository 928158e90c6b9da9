// getImport: GET /imports/{id} — one import, as far as the sandbox clock has taken it.
// Behaviour: shared/research/connectif.md §9.2–9.3 — Import resource, polling [DOC/CODE]; 404 when missing [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findImport, importResource } from '../imports/read-imports.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const getImport: RouteHandler<ConnectifState> = (ctx, state) => {
  const accountId = accountOf(ctx).id
  const job = findImport(state, accountId, ctx.params.id as string)
  return job ? json(200, importResource(job, ctx.adminUrl)) : notFound('Import not found.')
}
