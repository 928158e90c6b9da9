// createExport: POST /exports/ — queues a contacts or activities export → 201 Export, 400 E0301, 422.
// Behaviour: shared/research/connectif.md §10 — activities need fromDate/toDate ≤ 31 days apart, ≤ 5 queued (E0301) [DOC]; 422 for range problems, defaults `,`/ISO/v1, data snapshot at creation [INF].
import { storeTimezone } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { type Issue, validationError } from '../errors.ts'
import { activityRows, contactRows, exceedsMaxRange, MAX_EXPORT_RANGE_DAYS } from './export-rows.ts'
import { exportResource, queueExport } from './exports.ts'

export const createExport = defineRoute('createExport', (ctx, state) => {
  const { body } = ctx
  const accountId = ctx.account.id
  const filters = body.filters ?? {}
  const format = { dateFormat: body.dateFormat ?? 'ISO', timeZone: storeTimezone(ctx.account) }
  const common = {
    exportType: body.exportType,
    filters,
    delimiter: body.delimiter ?? ',',
    dateFormat: format.dateFormat,
    version: body.version ?? 'v1',
  } as const
  if (body.exportType === 'contacts') {
    const rows = contactRows(state, accountId, format)
    return { status: 201, body: exportResource(queueExport(state, ctx, { ...common, rows })) }
  }
  const { fromDate, toDate, activityTypes } = filters
  const issues: Issue[] = []
  if (!fromDate)
    issues.push({ path: 'filters.fromDate', reason: 'is required when exportType is activities' })
  if (!toDate)
    issues.push({ path: 'filters.toDate', reason: 'is required when exportType is activities' })
  if (!fromDate || !toDate) return validationError(issues)
  const from = Date.parse(fromDate)
  const to = Date.parse(toDate)
  if (to < from)
    return validationError([
      { path: 'filters.toDate', reason: 'must not be before filters.fromDate' },
    ])
  if (exceedsMaxRange(from, to))
    return validationError([
      {
        path: 'filters.toDate',
        reason: `must be at most ${MAX_EXPORT_RANGE_DAYS} days after filters.fromDate`,
      },
    ])
  const rows = activityRows(state, accountId, { fromDate, toDate, activityTypes }, format)
  return { status: 201, body: exportResource(queueExport(state, ctx, { ...common, rows })) }
})
