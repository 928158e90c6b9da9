/**
 * Admin endpoint of imports: the error report an Import's `errorReportFileUrl` points at,
 * `GET /__admin/connectif/imports/{id}/errors.csv` (`row,reason`, one line per rejected row).
 * Served by the admin API so both transports reach it at `ctx.adminUrl`.
 *
 * @see shared/research/connectif.md §9.2 — `errorReportFileUrl`, "downloadable file listing row
 * errors" [DOC]; its columns and location are [INF]
 */
import { adminError } from '../admin/handle-admin-request.ts'
import { type RouteResult, text } from '../sandbox/route-result.ts'
import type { AdminRequest } from '../sandbox/service-definition.ts'
import { errorReportCsv } from './imports/imports.ts'
import { catchUpImports } from './imports/run-imports.ts'
import type { ConnectifState } from './state.ts'

/** Answers `GET /imports/{id}/errors.csv` (path relative to `/__admin/connectif`); undefined otherwise. */
export function importsAdminRoutes(
  request: AdminRequest,
  state: ConnectifState,
): RouteResult | undefined {
  const match = /^\/imports\/([^/]+)\/errors\.csv$/.exec(request.path)
  if (!match || request.method !== 'GET') return undefined
  const id = decodeURIComponent(match[1] as string)
  const found = state.imports.get(id)
  if (!found) return adminError(404, `Failed to find "import ${id}": no such import.`)
  // The report grows as the job runs: bring it up to the sandbox clock first.
  const account = request.sandbox.accounts.get(found.accountId)
  if (account) catchUpImports(state, account, request.sandbox.clock.now(), request.sandbox.ids)
  const job = state.imports.get(id) ?? found
  return text(200, errorReportCsv(job), {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="import-${id}-errors.csv"`,
  })
}
