// createDataExplorerExport: POST /exports/type/data-explorer — queues a report export → 201 Export, 400 E0301, 422.
// Behaviour: shared/research/connectif.md §10 — `YYYY-MM-DD` dates, range ≤ 31 days, 415/422 [DOC]; the range counted in whole days inclusive, one CSV row per day [INF].
import type { components } from '../../../src/generated/connectif.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { validationError } from '../errors.ts'
import {
  dataExplorerRows,
  daysSpanned,
  MAX_EXPORT_RANGE_DAYS,
  queueExport,
} from '../exports-model.ts'
import type { ConnectifState } from '../state.ts'

type DataExplorerExportCreation = components['schemas']['DataExplorerExportCreation']

const DAY = /^\d{4}-\d{2}-\d{2}$/

export const createDataExplorerExport: RouteHandler<ConnectifState> = (ctx, state) => {
  const body = ctx.body as DataExplorerExportCreation
  const { reportId, fromDate, toDate } = body.filters
  const issues: Array<{ path: string; reason: string }> = []
  for (const [key, value] of Object.entries({ fromDate, toDate }))
    if (!DAY.test(value) || Number.isNaN(Date.parse(value)))
      issues.push({ path: `filters.${key}`, reason: 'must be a date formatted YYYY-MM-DD' })
  if (issues.length === 0 && toDate < fromDate)
    issues.push({ path: 'filters.toDate', reason: 'must not be before filters.fromDate' })
  else if (issues.length === 0 && daysSpanned(fromDate, toDate) > MAX_EXPORT_RANGE_DAYS)
    issues.push({
      path: 'filters.toDate',
      reason: `must be at most ${MAX_EXPORT_RANGE_DAYS} days after filters.fromDate`,
    })
  if (issues.length) return validationError('Resource contains validation errors.', issues)
  return queueExport(state, ctx, {
    exportType: 'data-explorer',
    filters: { reportId, fromDate, toDate },
    delimiter: body.delimiter ?? ',',
    rows: dataExplorerRows(reportId, fromDate, toDate),
  })
}
