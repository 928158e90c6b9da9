// createDataExplorerExport: POST /exports/type/data-explorer — queues a report export → 201 Export, 400 E0301, 422.
// Behaviour: shared/research/connectif.md §10 + addendum — `YYYY-MM-DD` dates, range ≤ 31 days, 415/422 [DOC]; the file name `Purchases-YYYYMMDD-YYYYMMDD-<uuid>.csv` [CODE-test]; the range counted in whole days inclusive, one row of purchases per day [INF].
import { defineRoute } from '../define-route.ts'
import { type Issue, validationError } from '../errors.ts'
import {
  DATA_EXPLORER_REPORT,
  dataExplorerRows,
  daysSpanned,
  exportFileNames,
  MAX_EXPORT_RANGE_DAYS,
} from './export-rows.ts'
import { exportResource, queueExport } from './exports.ts'

const DAY = /^\d{4}-\d{2}-\d{2}$/

export const createDataExplorerExport = defineRoute('createDataExplorerExport', (ctx, state) => {
  const { reportId, fromDate, toDate } = ctx.body.filters
  const issues: Issue[] = []
  for (const [key, value] of Object.entries({ fromDate, toDate }))
    if (!DAY.test(value) || Number.isNaN(Date.parse(value)))
      issues.push({ path: `/filters/${key}`, reason: 'must be a date formatted YYYY-MM-DD' })
  if (issues.length === 0 && toDate < fromDate)
    issues.push({ path: '/filters/toDate', reason: 'must not be before filters.fromDate' })
  else if (issues.length === 0 && daysSpanned(fromDate, toDate) > MAX_EXPORT_RANGE_DAYS)
    issues.push({
      path: '/filters/toDate',
      reason: `must be at most ${MAX_EXPORT_RANGE_DAYS} days after filters.fromDate`,
    })
  if (issues.length) return validationError(issues)
  const job = queueExport(state, ctx, {
    exportType: 'data-explorer',
    filters: { reportId, fromDate, toDate },
    delimiter: ctx.body.delimiter ?? ',',
    files: exportFileNames
      .dataExplorer(DATA_EXPLORER_REPORT, fromDate, toDate, ctx.ids.uuid())
      .map((name) => ({ name, rows: dataExplorerRows(state, ctx.account.id, fromDate, toDate) })),
  })
  return { status: 201, body: exportResource(job) }
})
