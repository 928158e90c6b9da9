/**
 * Export jobs: queued on creation, then `inProgress`, then `finished`, paced by the sandbox clock
 * and caught up lazily whenever the account's exports are read. The data is snapshotted as CSV
 * rows when the export is created; the ZIP is built when it is downloaded. A finished export gets
 * a new download link on every read, valid for 100 minutes of sandbox time.
 *
 * @see shared/research/connectif.md §10 — statuses, ≤ 5 queued (E0301), 31-day ranges, ZIP of
 * CSV, a new `fileUrl` on every GET valid 100 minutes [DOC/CODE]; pacing, columns, formats [INF]
 *
 * @example
 * catchUpExports(state, accountId, ctx.now)
 * return json(200, viewExport(ctx, state, job))
 */
import { getOwned } from '../sandbox/indexed-table.ts'
import { json, type RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import { BUILT_IN_CONTACT_FIELDS } from './contact-fields-model.ts'
import { customError, ERROR_MESSAGES } from './errors.ts'
import { accountOf, iso } from './route-helpers.ts'
import { type ConnectifState, type ExportRecord, toResource } from './state.ts'
import { createZip } from './zip.ts'

/** How long a new export stays `queued` [INF: not documented; long enough to observe, short to wait out]. */
export const EXPORT_QUEUED_MS = 5_000
/** How long it then stays `inProgress` before `finished` [INF]. */
export const EXPORT_RUNNING_MS = 5_000
/** Lifetime of each `fileUrl` [DOC: "valid 100 minutes"]. */
export const EXPORT_FILE_URL_TTL_MS = 100 * 60_000
/** Queued exports an account may have at once [DOC: E0301]. */
export const MAX_QUEUED_EXPORTS = 5
/** Longest date range of activities and data-explorer exports [DOC]. */
export const MAX_EXPORT_RANGE_DAYS = 31
/** Timezone of a store that has not set one [INF: Connectif is a Spanish product]. */
export const DEFAULT_STORE_TIMEZONE = 'Europe/Madrid'

const DAY_MS = 86_400_000

/** An export as stored: `rows` (header first) and the download tokens handed out, token → expiry. */
export type ExportJob = ExportRecord & { fileTokens: Record<string, number> }

type Export = ExportRecord
type DateFormat = NonNullable<Export['dateFormat']>

export function storeTimezone(state: ConnectifState, accountId: string): string {
  return state.accountSettings(accountId).store.timezone ?? DEFAULT_STORE_TIMEZONE
}

export function findExport(
  state: ConnectifState,
  accountId: string,
  id: string,
): ExportJob | undefined {
  return getOwned(state.exports, accountId, id) as ExportJob | undefined
}

export function listAccountExports(state: ConnectifState, accountId: string): ExportJob[] {
  return state.exports.findMany((q) => q.where({ accountId })) as ExportJob[]
}

/** Moves the account's unfinished exports to where the clock says they are. */
export function catchUpExports(state: ConnectifState, accountId: string, now: number): void {
  for (const job of listAccountExports(state, accountId)) {
    if (job.status === 'finished' || job.status === 'error') continue
    const createdAt = Date.parse(job.createdAt as string)
    const startsAt = createdAt + EXPORT_QUEUED_MS
    const endsAt = startsAt + EXPORT_RUNNING_MS
    const total = job.rows.length - 1
    if (now < startsAt) continue
    state.exports.update(job, (current) =>
      now >= endsAt
        ? { ...current, status: 'finished', total, progress: total, finishedAt: iso(endsAt) }
        : {
            ...current,
            status: 'inProgress',
            total,
            progress: Math.floor((total * (now - startsAt)) / EXPORT_RUNNING_MS),
          },
    )
  }
}

export interface NewExport {
  exportType: NonNullable<Export['exportType']>
  filters: NonNullable<Export['filters']>
  delimiter: NonNullable<Export['delimiter']>
  dateFormat?: DateFormat
  version?: Export['version']
  /** The CSV, header row first. */
  rows: string[][]
}

/** Queues an export, or answers E0301 when the account already has 5 queued. */
export function queueExport(
  state: ConnectifState,
  ctx: RouteContext,
  { rows, ...fields }: NewExport,
): RouteResult {
  const accountId = accountOf(ctx).id
  // The service's beforeRoute has already played the account's exports forward to ctx.now.
  const queued = listAccountExports(state, accountId).filter((job) => job.status === 'queued')
  if (queued.length >= MAX_QUEUED_EXPORTS) return customError('E0301', ERROR_MESSAGES.E0301())
  const job: ExportJob = {
    id: ctx.sandbox.ids.objectId(),
    exportType: fields.exportType,
    status: 'queued',
    progress: 0,
    total: 0,
    filters: fields.filters,
    origin: 'api',
    createdAt: iso(ctx.now),
    delimiter: fields.delimiter,
    ...(fields.dateFormat ? { dateFormat: fields.dateFormat } : {}),
    ...(fields.version ? { version: fields.version } : {}),
    accountId,
    rows,
    fileTokens: {},
  }
  state.exports.insert(job)
  return json(201, exportResource(job))
}

export function exportResource(job: ExportJob) {
  return toResource(job, 'rows', 'fileTokens')
}

/**
 * The export as a read returns it: when finished, with a new `fileUrl` (a fresh token valid 100
 * minutes of sandbox time) on the admin API, and the file's name and extension.
 */
export function viewExport(ctx: RouteContext, state: ConnectifState, job: ExportJob) {
  if (job.status !== 'finished') return exportResource(job)
  const token = ctx.sandbox.ids.alphanumeric(32)
  const fileTokens: Record<string, number> = { [token]: ctx.now + EXPORT_FILE_URL_TTL_MS }
  for (const [held, expiresAt] of Object.entries(job.fileTokens))
    if (expiresAt > ctx.now) fileTokens[held] = expiresAt
  const updated = state.exports.update(job, (current) => ({ ...current, fileTokens }) as ExportJob)
  return {
    ...exportResource(updated as ExportJob),
    fileUrl: `${ctx.adminUrl}/connectif/exports/${job.id}/file?token=${token}`,
    fileName: fileNameOf(job),
    fileExtension: 'zip',
  }
}

/** The ZIP behind a download link, or undefined when the token is unknown, foreign or expired. */
export function exportFile(
  state: ConnectifState,
  id: string,
  token: string,
  now: number,
): { fileName: string; bytes: Uint8Array } | undefined {
  const job = state.exports.get(id) as ExportJob | undefined
  const expiresAt = job && Object.hasOwn(job.fileTokens, token) ? job.fileTokens[token] : undefined
  if (!job || expiresAt === undefined || expiresAt <= now || job.status !== 'finished')
    return undefined
  const csv = new TextEncoder().encode(toCsv(job.rows, job.delimiter ?? ','))
  const modifiedAt = new Date(job.finishedAt as string)
  return {
    fileName: `${fileNameOf(job)}.zip`,
    bytes: createZip([{ name: `export-${job.exportType}-${job.id}.csv`, data: csv, modifiedAt }]),
  }
}

/** `export-contacts-2026-03-01`, as the reference's example names files [DOC shape, INF date]. */
function fileNameOf(job: ExportJob): string {
  return `export-${job.exportType}-${(job.createdAt as string).slice(0, 10)}`
}

/** RFC 4180 CSV: CRLF line ends; fields with the delimiter, quotes or line breaks are quoted. */
export function toCsv(rows: string[][], delimiter: string): string {
  const quote = (value: string) =>
    value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
  return rows.map((row) => `${row.map(quote).join(delimiter)}\r\n`).join('')
}

/**
 * The contacts export: one column per contact field (built-in, then the account's custom fields)
 * and one row per contact of the account [INF]. Dates follow `dateFormat`; checkbox values are
 * joined with `|` [INF].
 */
export function contactRows(
  state: ConnectifState,
  accountId: string,
  dateFormat: DateFormat,
): string[][] {
  const custom = state.contactFields.findMany((q) => q.where({ accountId }))
  const fields = [...BUILT_IN_CONTACT_FIELDS, ...custom]
  const timeZone = storeTimezone(state, accountId)
  const rows = [fields.map((field) => field.id)]
  for (const contact of state.contacts.findMany((q) => q.where({ accountId }))) {
    const record = contact as unknown as Record<string, unknown>
    rows.push(
      fields.map((field) => cell(record[field.id], field.type === 'date', dateFormat, timeZone)),
    )
  }
  return rows
}

/** Purchase activity columns [INF: the real activities layout is not documented]. */
export const ACTIVITY_COLUMNS = ['type', 'date', 'contactEmail', 'purchaseId', 'totalPrice']

/**
 * The activities export: the account's purchases dated within [from, to], oldest first, as
 * `purchase` activities — the only activity the sandbox records [INF].
 */
export function activityRows(
  state: ConnectifState,
  accountId: string,
  filters: { fromDate: string; toDate: string; activityTypes?: string[] },
  dateFormat: DateFormat,
): string[][] {
  const rows = [ACTIVITY_COLUMNS]
  if (filters.activityTypes?.length && !filters.activityTypes.includes('purchase')) return rows
  const from = Date.parse(filters.fromDate)
  const to = Date.parse(filters.toDate)
  const timeZone = storeTimezone(state, accountId)
  const purchases = state.purchases
    .findMany((q) => q.where({ accountId }))
    .filter((p) => {
      const at = Date.parse(p.purchaseDate as string)
      return at >= from && at <= to
    })
    .sort((a, b) => Date.parse(a.purchaseDate as string) - Date.parse(b.purchaseDate as string))
  for (const purchase of purchases) {
    const email = purchase.contactEmail ?? state.contacts.get(purchase.contactId as string)?._email
    rows.push([
      'purchase',
      cell(purchase.purchaseDate, true, dateFormat, timeZone),
      email ?? '',
      purchase.purchaseId ?? '',
      cell(purchase.totalPrice, false, dateFormat, timeZone),
    ])
  }
  return rows
}

/** The data-explorer export: one row per day of the range [INF: reports do not exist in the sandbox]. */
export function dataExplorerRows(reportId: string, fromDate: string, toDate: string): string[][] {
  const rows = [['reportId', 'date']]
  for (let at = Date.parse(fromDate); at <= Date.parse(toDate); at += DAY_MS)
    rows.push([reportId, iso(at).slice(0, 10)])
  return rows
}

/** Days spanned by an inclusive `YYYY-MM-DD` range: 2026-03-01..2026-03-31 spans 31. */
export function daysSpanned(fromDate: string, toDate: string): number {
  return (Date.parse(toDate) - Date.parse(fromDate)) / DAY_MS + 1
}

export function exceedsMaxRange(fromMs: number, toMs: number): boolean {
  return toMs - fromMs > MAX_EXPORT_RANGE_DAYS * DAY_MS
}

function cell(value: unknown, isDate: boolean, dateFormat: DateFormat, timeZone: string): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.join('|')
  if (isDate && typeof value === 'string' && !Number.isNaN(Date.parse(value)))
    return formatDate(Date.parse(value), dateFormat, timeZone)
  return String(value)
}

/**
 * Moment-style formats, English, in the store's timezone [INF: the locale and zone of the real
 * export are not documented]: ISO `2026-03-01T09:05:00.000Z`, L `03/01/2026`, LL `March 1, 2026`,
 * LLL `March 1, 2026 10:05 AM`.
 */
export function formatDate(ms: number, dateFormat: DateFormat, timeZone: string): string {
  if (dateFormat === 'ISO') return iso(ms)
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    })
      .formatToParts(ms)
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>
  const monthNumber = new Intl.DateTimeFormat('en-US', { timeZone, month: '2-digit' }).format(ms)
  const day = parts.day as string
  if (dateFormat === 'L') return `${monthNumber}/${day.padStart(2, '0')}/${parts.year}`
  const date = `${parts.month} ${day}, ${parts.year}`
  return dateFormat === 'LL'
    ? date
    : `${date} ${parts.hour}:${parts.minute} ${parts.dayPeriod?.toUpperCase()}`
}
