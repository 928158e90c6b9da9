// createImport: POST /imports/ — upload a CSV and queue an import of contacts, products or coupons.
// Behaviour: shared/research/connectif.md §9.1–9.4 — form, 201 Import, E0401 [DOC]; 422 for a bad
// form or header, checks, pacing and row rules [INF] (upload.ts, run-imports.ts).
import { defineRoute } from '../define-route.ts'
import { customError, ERROR_MESSAGES, validationError } from '../errors.ts'
import { iso } from '../records.ts'
import { importResource, isQueueFull } from './imports.ts'
import { checkForm, checkHeader, parseCsv } from './upload.ts'

export const createImport = defineRoute('createImport', async (ctx, state) => {
  const accountId = ctx.account.id
  const form = ctx.body
  const formIssues = checkForm(state, accountId, form)
  if (formIssues.length > 0) return validationError(formIssues)
  // Checked before parsing too, so a refused 30 MB upload costs nothing.
  if (isQueueFull(state, accountId)) return customError('E0401', ERROR_MESSAGES.E0401())

  const parsed = await parseCsv(new Uint8Array(await form.file.arrayBuffer()), form.delimiter)
  if (typeof parsed === 'string') return validationError([{ path: '/file', reason: parsed }])
  const headerIssues = checkHeader(state, accountId, form.type, parsed.header)
  if (headerIssues.length > 0) return validationError(headerIssues)
  // Parsing yielded to the event loop, so another request may have filled the queue meanwhile.
  if (isQueueFull(state, accountId)) return customError('E0401', ERROR_MESSAGES.E0401())

  const job = state.imports.insert({
    accountId,
    id: ctx.ids.objectId(),
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
  return { status: 201, body: importResource(job, ctx.adminUrl) }
})
