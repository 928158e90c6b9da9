/**
 * What an export holds, snapshotted as CSV files when it is created: contacts, purchase
 * activities (with their products), or a data-explorer report; the CSV and date formats they are
 * written in; and the names the files take inside the ZIP.
 *
 * @see shared/research/connectif.md §10 — export types, 31-day ranges, date formats [DOC]; addendum
 * — file names, quoted values and LF line ends of real export ZIPs [CODE-test]; columns, locale and
 * timezone [INF]
 */

import { forEachInSlices } from '../../sandbox/slices.ts'
import type { WebTrackingTables } from '../browser/web-tracking.ts'
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

/** One CSV file of an export's ZIP: its name and its rows, header first. */
export interface ExportFile {
  name: string
  rows: string[][]
}

/**
 * CSV as real export files are written [CODE-test]: every value quoted (quotes doubled), LF line
 * ends. The header is quoted too [INF].
 */
export function csvLine(row: string[], delimiter: string): string {
  return `${row.map(quote).join(delimiter)}\n`
}

const quote = (value: string) => `"${value.replaceAll('"', '""')}"`

/**
 * File names inside the ZIP, as real exports name them [CODE-test]: `export-contacts-<uuid>.csv`;
 * `export-activities-<uuid>.csv` and `export-activities-<uuid>-products.csv`; a data-explorer
 * report `<Report>-YYYYMMDD-YYYYMMDD-<uuid>.csv`. Clients strip the `-<uuid>` to name folders.
 */
export const exportFileNames = {
  contacts: (uuid: string) => [`export-contacts-${uuid}.csv`],
  activities: (uuid: string) => [
    `export-activities-${uuid}.csv`,
    `export-activities-${uuid}-products.csv`,
  ],
  dataExplorer: (report: string, fromDate: string, toDate: string, uuid: string) => [
    `${report}-${fromDate.replaceAll('-', '')}-${toDate.replaceAll('-', '')}-${uuid}.csv`,
  ],
}

/** Whether a contact (by e-mail) is in the export: every contact, or the segment's members. */
export type ContactFilter = (email: string | undefined) => boolean

/**
 * The contacts export: one column per contact field (built-in, then the account's custom fields)
 * and one row per contact of the account, or of its segment [INF]. Dates follow `dateFormat` in
 * the store's timezone; checkbox values are joined with `|` [INF]. The contacts are taken at the
 * call (updates replace records, so later writes do not reach the snapshot) and written out in
 * slices: a 500k-contact export does not stall other requests.
 */
export async function contactRows(
  state: ContactTables & ContactFieldTables,
  accountId: string,
  format: { dateFormat: DateFormat; timeZone: string },
  included: ContactFilter = () => true,
): Promise<string[][]> {
  const custom = state.contactFields.findMany((q) => q.where({ accountId }))
  const fields = [...BUILT_IN_CONTACT_FIELDS, ...custom]
  const rows = [fields.map((field) => field.id)]
  const contacts = state.contacts.findMany((q) => q.where({ accountId }))
  await forEachInSlices(contacts, (contact) => {
    if (!included(contact._email)) return
    const record: Record<string, unknown> = contact
    rows.push(fields.map((field) => cell(record[field.id], field.type === 'date', format)))
  })
  return rows
}

/** Purchase activity columns [INF: the real activities layout is not documented]. */
export const ACTIVITY_COLUMNS = ['type', 'date', 'contactEmail', 'purchaseId', 'totalPrice']

/** The products file beside the activities: one row per purchased line [INF: layout]. */
export const ACTIVITY_PRODUCT_COLUMNS = ['purchaseId', 'productId', 'name', 'quantity', 'price']

/**
 * The activities export: the account's purchases and its contacts' web activities (what the client
 * script's notifications left: `web-page-visited`, `product-visited`, …) dated within [from, to]
 * (epoch ms), oldest first, and the purchases' lines in the products file [INF: layout]. Taken at
 * the call and written out in slices, as contactRows.
 */
export async function activityRows(
  state: PurchaseTables & ContactTables & Pick<WebTrackingTables, 'activities'>,
  accountId: string,
  filters: { fromMs: number; toMs: number; activityTypes?: string[] },
  format: { dateFormat: DateFormat; timeZone: string },
  included: ContactFilter = () => true,
): Promise<{ activities: string[][]; products: string[][] }> {
  const activities = [ACTIVITY_COLUMNS]
  const products = [ACTIVITY_PRODUCT_COLUMNS]
  const wanted = (type: string) =>
    !filters.activityTypes?.length || filters.activityTypes.includes(type)
  const inRange = (at: number) => at >= filters.fromMs && at <= filters.toMs
  const dated: Array<{ at: number; row: string[]; lines: string[][] }> = []
  const purchases = wanted('purchase')
    ? state.purchases.findMany((q) => q.where({ accountId }))
    : []
  const webActivities = state.activities.findMany((q) => q.where({ accountId }))
  await forEachInSlices(purchases, (purchase) => {
    const at = Date.parse(purchase.purchaseDate ?? '')
    const email = purchase.contactEmail ?? state.contacts.get(purchase.contactId ?? '')?._email
    if (!inRange(at) || !included(email)) return
    dated.push({
      at,
      row: [
        'purchase',
        cell(purchase.purchaseDate, true, format),
        email ?? '',
        purchase.purchaseId ?? '',
        cell(purchase.totalPrice, false, format),
      ],
      lines: (purchase.products ?? []).map((line) => [
        purchase.purchaseId ?? '',
        line.productId ?? '',
        line.name ?? '',
        cell(line.quantity, false, format),
        cell(line.price, false, format),
      ]),
    })
  })
  await forEachInSlices(webActivities, (activity) => {
    const at = Date.parse(activity.date)
    const email = state.contacts.get(activity.contactId)?._email
    if (!wanted(activity.type) || !inRange(at) || !included(email)) return
    dated.push({
      at,
      row: [activity.type, cell(activity.date, true, format), email ?? '', '', ''],
      lines: [],
    })
  })
  for (const { row, lines } of dated.sort((a, b) => a.at - b.at)) {
    activities.push(row)
    products.push(...lines)
  }
  return { activities, products }
}

/** The one report the sandbox has: purchases per day [INF: data-explorer reports are not in the sandbox]. */
export const DATA_EXPLORER_REPORT = 'Purchases'

/**
 * The data-explorer export: one row per day of the range (UTC days [INF]) with the account's
 * purchases that day, whatever `reportId` names.
 */
export function dataExplorerRows(
  state: PurchaseTables,
  accountId: string,
  fromDate: string,
  toDate: string,
): string[][] {
  const perDay = new Map<string, { count: number; total: number }>()
  for (const purchase of state.purchases.findMany((q) => q.where({ accountId }))) {
    const at = Date.parse(purchase.purchaseDate ?? '')
    if (Number.isNaN(at)) continue
    const day = iso(at).slice(0, 10)
    if (day < fromDate || day > toDate) continue
    const sum = perDay.get(day) ?? { count: 0, total: 0 }
    perDay.set(day, { count: sum.count + 1, total: sum.total + (purchase.totalPrice ?? 0) })
  }
  const rows = [['date', 'purchases', 'totalPrice']]
  for (let at = Date.parse(fromDate); at <= Date.parse(toDate); at += DAY_MS) {
    const day = iso(at).slice(0, 10)
    const sum = perDay.get(day) ?? { count: 0, total: 0 }
    rows.push([day, String(sum.count), String(sum.total)])
  }
  return rows
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * An activities range bound as epoch ms: a date-time as is; a date (`YYYY-MM-DD`) as the first
 * instant of that day (`start`) or its last (`end`) in the store's timezone [INF].
 */
export function rangeBound(value: string, bound: 'start' | 'end', timeZone: string): number {
  if (!DATE_ONLY.test(value)) return Date.parse(value)
  const day = Date.parse(value)
  return bound === 'start' ? startOfDayIn(day, timeZone) : startOfDayIn(day + DAY_MS, timeZone) - 1
}

/** Midnight of the UTC calendar day `dayMs` as a wall clock in `timeZone` reads it. */
function startOfDayIn(dayMs: number, timeZone: string): number {
  const first = dayMs - zoneOffsetMs(dayMs, timeZone)
  // Across a DST change the offset at midnight differs from the one at the first guess.
  return dayMs - zoneOffsetMs(first, timeZone)
}

/** How far `timeZone`'s wall clock is ahead of UTC at `ms`. */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const parts = wallClockParts(ms, timeZone, {
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  const at = (type: string) => Number(parts[type])
  const wall = Date.UTC(
    at('year'),
    at('month') - 1,
    at('day'),
    at('hour'),
    at('minute'),
    at('second'),
  )
  return wall - Math.floor(ms / 1000) * 1000
}

/** The named parts of `ms` as an en-US wall clock in `timeZone` shows them (`{ month: 'March' }`). */
function wallClockParts(
  ms: number,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Record<string, string> {
  return Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, ...options })
      .formatToParts(ms)
      .map((part) => [part.type, part.value]),
  )
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
  const parts = wallClockParts(ms, timeZone, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  })
  const monthNumber = new Intl.DateTimeFormat('en-US', { timeZone, month: '2-digit' }).format(ms)
  const day = parts.day ?? ''
  if (dateFormat === 'L') return `${monthNumber}/${day.padStart(2, '0')}/${parts.year}`
  const date = `${parts.month} ${day}, ${parts.year}`
  return dateFormat === 'LL'
    ? date
    : `${date} ${parts.hour}:${parts.minute} ${parts.dayPeriod?.toUpperCase()}`
}
