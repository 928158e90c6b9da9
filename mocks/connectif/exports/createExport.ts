// createExport: POST /exports/ — queues a contacts or activities export → 201 Export, 400 E0301, 422.
// Behaviour: shared/research/connectif.md §10 + addendum — activities need fromDate/toDate ≤ 31 days apart, ≤ 5 queued (E0301) [DOC]; segmentId an ObjectId, file names [CODE-test]; date-only bounds, segment membership, 422 for range problems, defaults `,`/ISO/v1, data snapshot at creation [INF].
import { storeTimezone } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { type Issue, validationError } from '../errors.ts'
import {
  activityRows,
  contactRows,
  exceedsMaxRange,
  exportFileNames,
  MAX_EXPORT_RANGE_DAYS,
  rangeBound,
} from './export-rows.ts'
import { exportResource, queueExport } from './exports.ts'
import { segmentFilter } from './segments.ts'

export const createExport = defineRoute('createExport', async (ctx, state) => {
  const { body } = ctx
  const accountId = ctx.account.id
  const filters = body.filters ?? {}
  const timeZone = storeTimezone(ctx.account)
  const format = { dateFormat: body.dateFormat ?? 'ISO', timeZone }
  const common = {
    exportType: body.exportType,
    filters,
    delimiter: body.delimiter ?? ',',
    dateFormat: format.dateFormat,
    version: body.version ?? 'v1',
  } as const
  const included = segmentFilter(state, accountId, filters.segmentId)
  const uuid = ctx.ids.uuid()
  if (body.exportType === 'contacts') {
    const [name] = exportFileNames.contacts(uuid) as [string]
    const files = [{ name, rows: await contactRows(state, accountId, format, included) }]
    return { status: 201, body: exportResource(queueExport(state, ctx, { ...common, files })) }
  }
  const { fromDate, toDate, activityTypes } = filters
  const issues: Issue[] = []
  if (!fromDate)
    issues.push({ path: '/filters/fromDate', reason: 'is required when exportType is activities' })
  if (!toDate)
    issues.push({ path: '/filters/toDate', reason: 'is required when exportType is activities' })
  if (!fromDate || !toDate) return validationError(issues)
  const fromMs = rangeBound(fromDate, 'start', timeZone)
  const toMs = rangeBound(toDate, 'end', timeZone)
  if (toMs < fromMs)
    return validationError([
      { path: '/filters/toDate', reason: 'must not be before filters.fromDate' },
    ])
  if (exceedsMaxRange(fromMs, toMs))
    return validationError([
      {
        path: '/filters/toDate',
        reason: `must be at most ${MAX_EXPORT_RANGE_DAYS} days after filters.fromDate`,
      },
    ])
  const rows = await activityRows(
    state,
    accountId,
    { fromMs, toMs, activityTypes },
    format,
    included,
  )
  const [activities, products] = exportFileNames.activities(uuid) as [string, string]
  const files = [
    { name: activities, rows: rows.activities },
    { name: products, rows: rows.products },
  ]
  return { status: 201, body: exportResource(queueExport(state, ctx, { ...common, files })) }
})
