// createExport: POST /exports/ — queues a contacts or activities export → 201 Export, 400 E0301, 422.
// Behaviour: shared/research/connectif.md §10 — activities need fromDate/toDate ≤ 31 days apart, ≤ 5 queued (E0301) [DOC]; 422 for range problems, defaults `,`/ISO/v1, data snapshot at creation [INF].
import type { components } from '../../../src/generated/connectif.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { validationError } from '../errors.ts'
import {
  activityRows,
  contactRows,
  exceedsMaxRange,
  MAX_EXPORT_RANGE_DAYS,
  queueExport,
} from '../exports-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

type ExportCreation = components['schemas']['ExportCreation']

export const createExport: RouteHandler<ConnectifState> = (ctx, state) => {
  const body = ctx.body as ExportCreation
  const accountId = accountOf(ctx).id
  const filters = body.filters ?? {}
  const dateFormat = body.dateFormat ?? 'ISO'
  const common = {
    exportType: body.exportType,
    filters,
    delimiter: body.delimiter ?? ',',
    dateFormat,
    version: body.version ?? 'v1',
  } as const
  if (body.exportType === 'contacts')
    return queueExport(state, ctx, { ...common, rows: contactRows(state, accountId, dateFormat) })

  const issues: Array<{ path: string; reason: string }> = []
  for (const key of ['fromDate', 'toDate'] as const)
    if (!filters[key])
      issues.push({ path: `filters.${key}`, reason: 'is required when exportType is activities' })
  const from = Date.parse(filters.fromDate ?? '')
  const to = Date.parse(filters.toDate ?? '')
  if (issues.length === 0 && to < from)
    issues.push({ path: 'filters.toDate', reason: 'must not be before filters.fromDate' })
  else if (issues.length === 0 && exceedsMaxRange(from, to))
    issues.push({
      path: 'filters.toDate',
      reason: `must be at most ${MAX_EXPORT_RANGE_DAYS} days after filters.fromDate`,
    })
  if (issues.length) return validationError('Resource contains validation errors.', issues)
  const range = {
    fromDate: filters.fromDate as string,
    toDate: filters.toDate as string,
    activityTypes: filters.activityTypes,
  }
  return queueExport(state, ctx, {
    ...common,
    rows: activityRows(state, accountId, range, dateFormat),
  })
}
