/**
 * What an export holds, snapshotted as CSV rows when it is created: contacts, purchase
 * activities, or a data-explorer report; and the CSV and date formats they are written in.
 *
 * @see shared/research/connectif.md §10 — export types, 31-day ranges, date formats [DOC];
 * columns, locale and timezone [INF]
 */
import {
  BUILT_IN_CONTACT_FIELDS,
  type ContactFieldTables,
} from '../contact-fields/contact-fields.ts'
import type { ContactTables } from '../contacts/contacts.ts'
import type { PurchaseTables } from '../purchases/purchases.ts'
import { iso, type Schemas } from '../records.ts'

/** Longest date range of activities and data-explorer exports [DOC]. */
export const MAX_EXPORT_RANGE_DAYS = 31

const DAY_MS = 86_400_000

type DateFormat = NonNullable<Schemas['Export']['dateFormat']>

/** RFC 4180 CSV: CRLF line ends; fields with the delimiter, quotes or line breaks are quoted. */
export function toCsv(rows: string[][], delimiter: string): string {
  const quote = (value: string) =>
    value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
  return rows.map((row) => `${row.map(quote).join(delimiter)}\r\n`).join('')
}

/**
 * The contacts export: one column per contact field (built-in, then the account's custom fields)
 * and one row per contact of the account [INF]. Dates follow `dateFormat` in the store's
 * timezone; checkbox values are joined with `|` [INF].
 */
export function contactRows(
  state: ContactTables & ContactFieldTables,
  accountId: string,
  format: { dateFormat: DateFormat; timeZone: string },
): string[][] {
  const custom = state.contactFields.findMany((q) => q.where({ accountId }))
  const fields = [...BUILT_IN_CONTACT_FIELDS, ...custom]
  const rows = [fields.map((field) => field.id)]
  for (const contact of state.contacts.findMany((q) => q.where({ accountId }))) {
    const record: Record<string, unknown> = contact
    rows.push(fields.map((field) => cell(record[field.id], field.type === 'date', format)))
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
  state: PurchaseTables & ContactTables,
  accountId: string,
  filters: { fromDate: string; toDate: string; activityTypes?: string[] },
  format: { dateFormat: DateFormat; timeZone: string },
): string[][] {
  const rows = [ACTIVITY_COLUMNS]
  if (filters.activityTypes?.length && !filters.activityTypes.includes('purchase')) return rows
  const from = Date.parse(filters.fromDate)
  const to = Date.parse(filters.toDate)
  const dated = state.purchases
    .findMany((q) => q.where({ accountId }))
    .map((purchase) => ({ purchase, at: Date.parse(purchase.purchaseDate ?? '') }))
    .filter(({ at }) => at >= from && at <= to)
    .sort((a, b) => a.at - b.at)
  for (const { purchase } of dated) {
    const email =
      purchase.contactEmail ?? state.contacts.get(purchase.contactId ?? '')?._email ?? ''
    rows.push([
      'purchase',
      cell(purchase.purchaseDate, true, format),
      email,
      purchase.purchaseId ?? '',
      cell(purchase.totalPrice, false, format),
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

function cell(
  value: unknown,
  isDate: boolean,
  format: { dateFormat: DateFormat; timeZone: string },
): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.join('|')
  if (isDate && typeof value === 'string' && !Number.isNaN(Date.parse(value)))
    return formatDate(Date.parse(value), format.dateFormat, format.timeZone)
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
  )
  const monthNumber = new Intl.DateTimeFormat('en-US', { timeZone, month: '2-digit' }).format(ms)
  const day = parts.day ?? ''
  if (dateFormat === 'L') return `${monthNumber}/${day.padStart(2, '0')}/${parts.year}`
  const date = `${parts.month} ${day}, ${parts.year}`
  return dateFormat === 'LL'
    ? date
    : `${date} ${parts.hour}:${parts.minute} ${parts.dayPeriod?.toUpperCase()}`
}
