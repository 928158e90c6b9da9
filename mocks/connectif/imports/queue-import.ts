/**
 * `POST /imports/`: checks the form and the CSV header, parses the file once and queues a job;
 * `catchUpImports()` applies its rows later, as the sandbox clock moves.
 *
 * @see shared/research/connectif.md §9 — form, Import resource, E0401 [DOC]
 *
 * @example
 * const result = await queueImport(state, ctx) // 201 Import, status "queued"
 */
import { json, type RouteResult } from '../../sandbox/route-result.ts'
import type { RouteContext } from '../../sandbox/service-definition.ts'
import { customError, ERROR_MESSAGES, validationError } from '../errors.ts'
import { accountOf, iso } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'
import { checkForm, type ImportForm } from './check-form.ts'
import { checkHeader } from './check-header.ts'
import { parseCsv } from './parse-csv.ts'
import { accountImports, importResource } from './read-imports.ts'

/**
 * Imports an account may have waiting [DOC: "limit of 10 queued imports", E0401]. A job being
 * applied still counts as not finished [INF], so the 11th unfinished import is refused.
 */
export const MAX_QUEUED_IMPORTS = 10

const DETAIL = 'Resource contains validation errors.'

/**
 * `POST /imports/`: 422 for a bad form or header, 400 E0401 when 10 imports are unfinished, else
 * 201 with the queued Import.
 */
export async function queueImport(state: ConnectifState, ctx: RouteContext): Promise<RouteResult> {
  const accountId = accountOf(ctx).id
  const form = ctx.body as ImportForm
  const formIssues = checkForm(state, accountId, form)
  if (formIssues.length > 0) return validationError(DETAIL, formIssues)
  // Checked before parsing too, so a refused 30 MB upload costs nothing.
  if (isQueueFull(state, accountId)) return customError('E0401', ERROR_MESSAGES.E0401())

  const bytes = new Uint8Array(await (form.file as Blob).arrayBuffer())
  const parsed = await parseCsv(bytes, form.delimiter)
  if (typeof parsed === 'string') return validationError(DETAIL, [{ path: 'file', reason: parsed }])
  const headerIssues = checkHeader(state, accountId, form.type, parsed.header)
  if (headerIssues.length > 0) return validationError(DETAIL, headerIssues)
  // Parsing yielded to the event loop, so another request may have filled the queue meanwhile.
  if (isQueueFull(state, accountId)) return customError('E0401', ERROR_MESSAGES.E0401())

  const job = state.imports.insert({
    accountId,
    id: ctx.sandbox.ids.objectId(),
    type: form.type,
    status: 'queued',
    origin: 'api',
    options: {
      // couponSetId is only meaningful for coupons; other types do not echo it [INF].
      ...(form.type === 'coupons' ? { couponSetId: form.couponSetId } : {}),
      delimiter: form.delimiter,
      overrideExisting: form.overrideExisting,
      updateOnlyEmptyFields: form.updateOnlyEmptyFields,
    },
    total: parsed.rows.length,
    success: 0,
    errors: 0,
    createdAt: iso(ctx.now),
    pendingRows: parsed.rows,
    rowErrors: [],
    processed: 0,
  })
  return json(201, importResource(job, ctx.adminUrl))
}

function isQueueFull(state: ConnectifState, accountId: string): boolean {
  let unfinished = 0
  for (const job of accountImports(state, accountId))
    if (job.status === 'queued' || job.status === 'inProgress') unfinished++
  return unfinished >= MAX_QUEUED_IMPORTS
}
