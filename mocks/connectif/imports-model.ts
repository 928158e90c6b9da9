/**
 * Import jobs: `POST /imports/` checks the form and the CSV header, parses the file once and
 * queues a job; `catchUpImports()` then plays the account's jobs forward to the sandbox clock,
 * lazily (no timers), one job at a time per account, applying rows to contacts, products or a
 * coupon set. Rows with problems are counted in `errors` and listed in the error report; they never
 * stop the job.
 *
 * Longer than the usual file because it is one lifecycle (form → CSV → queue → rows → report) whose
 * steps share the job record and the per-column converters; split it by import type if it grows.
 *
 * @see shared/research/connectif.md §9 — form, Import resource, polling, E0401 [DOC]; §8 and §13.6
 * — coupons land in a set through `type=coupons` and raise `quantity`/`available` [DOC/INF];
 * §13.5 — jobs advance with the clock [INF]
 *
 * @example
 * const result = await queueImport(state, ctx) // 201 Import, status "queued"
 * catchUpImports(state, accountId, clock.now()) // queued → inProgress → finished as time passes
 */

import { finished } from 'node:stream/promises'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { Parser } from 'csv-parse'
import connectifDocument from '../../src/generated/connectif.document.ts'
import { createSchemaValidator, type SchemaValidator } from '../../src/openapi/schema-validator.ts'
import type { IdGenerator } from '../sandbox/ids.ts'
import { getOwned } from '../sandbox/indexed-table.ts'
import { json, type RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import {
  BUILT_IN_CONTACT_FIELDS,
  checkCustomFieldValue,
  findCustomField,
} from './contact-fields-model.ts'
import { customError, ERROR_MESSAGES, validationError } from './errors.ts'
import { findProductByProductId, PRODUCT_URL_FIELDS } from './products-model.ts'
import { accountOf, isAuthorizedUrl, iso } from './route-helpers.ts'
import {
  type ConnectifState,
  type ContactRecord,
  type CouponSetRecord,
  findContactByEmail,
  findContactByExternalId,
  type ImportRecord,
  type ProductRecord,
  toResource,
} from './state.ts'

/**
 * Rows applied per second of sandbox time [INF: Connectif documents no throughput]. 1,000 rows
 * take 50 ms; 500,000 take 25 s, so a test sees `inProgress` with `clock.advance('2s')`.
 */
export const IMPORT_ROWS_PER_SECOND = 20_000

/** A job starts this long after it was created, or after the account's previous job ended [INF]. */
export const IMPORT_START_DELAY_MS = 1_000

/**
 * Imports an account may have waiting [DOC: "limit of 10 queued imports", E0401]. A job being
 * applied still counts as not finished [INF], so the 11th unfinished import is refused.
 */
export const MAX_QUEUED_IMPORTS = 10

/** Separates the values of one cell for checkbox fields, `categories`, `tags` and other list fields [INF]. */
export const LIST_SEPARATOR = '|'

const DETAIL = 'Resource contains validation errors.'
/** CSV bytes handed to the parser before yielding to the event loop: ~40 ms of work each. */
const PARSE_CHUNK_BYTES = 256 * 1024
/** Key of a pending row whose value count differs from the header's; never a field id. */
const ROW_PROBLEM = '\u0000problem'

type ImportType = 'contacts' | 'products' | 'coupons'

interface ImportForm {
  type: ImportType
  delimiter: ',' | ';'
  overrideExisting: boolean
  updateOnlyEmptyFields: boolean
  couponSetId?: string
  file: unknown
}

type Issue = { path: string; reason: string }

/** The id generator of the sandbox that owns each state, for records created while catching up. */
const idsOfState = new WeakMap<ConnectifState, IdGenerator>()
/** Per state and account: when the account's last job stopped running (ms), so the next starts after it. */
const workerFreeAt = new WeakMap<ConnectifState, Map<string, number>>()

// ── Reading jobs ────────────────────────────────────────────────────────────────────────────────

/** The Import resource: internal fields stripped, and the report URL once the job has row errors. */
export function importResource(record: ImportRecord, adminUrl: string) {
  const resource = toResource(record, 'pendingRows', 'rowErrors', 'processed')
  return record.rowErrors.length > 0
    ? { ...resource, errorReportFileUrl: `${adminUrl}/connectif/imports/${record.id}/errors.csv` }
    : resource
}

/** The account's imports in creation order. */
export function accountImports(state: ConnectifState, accountId: string): ImportRecord[] {
  const found: ImportRecord[] = []
  for (const job of state.imports.all()) if (job.accountId === accountId) found.push(job)
  return found
}

/** An import of the account; another account's id is "not found". */
export function findImport(state: ConnectifState, accountId: string, id: string) {
  return getOwned(state.imports, accountId, id)
}

/** The error report: `row,reason`, one line per rejected row (row 1 = first data row). */
export function errorReportCsv(record: ImportRecord): string {
  const quote = (value: string) =>
    /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
  let out = 'row,reason\n'
  for (const { row, reason } of record.rowErrors) out += `${row},${quote(reason)}\n`
  return out
}

// ── Creating a job ──────────────────────────────────────────────────────────────────────────────

/**
 * `POST /imports/`: 422 for a bad form or header, 400 E0401 when 10 imports are unfinished, else
 * 201 with the queued Import.
 */
export async function queueImport(state: ConnectifState, ctx: RouteContext): Promise<RouteResult> {
  const accountId = accountOf(ctx).id
  idsOfState.set(state, ctx.sandbox.ids)
  catchUpImports(state, accountId, ctx.now, ctx.sandbox.ids)
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

/** What the schema cannot say: the cross-field rules and the coupon set's existence. */
function checkForm(state: ConnectifState, accountId: string, form: ImportForm): Issue[] {
  const issues: Issue[] = []
  if (!(form.file instanceof Blob))
    issues.push({ path: 'file', reason: 'must be a file part (with a filename), not a text field' })
  if (form.updateOnlyEmptyFields && !form.overrideExisting)
    issues.push({
      path: 'updateOnlyEmptyFields',
      reason: 'may be true only if overrideExisting is true',
    })
  if (form.type === 'coupons') {
    // The spec lists no 404 for this operation, so a missing set is a 422 on the field [INF].
    const set = form.couponSetId ? findCouponSet(state, accountId, form.couponSetId) : undefined
    if (!form.couponSetId)
      issues.push({ path: 'couponSetId', reason: 'is required when type is coupons' })
    else if (!set)
      issues.push({ path: 'couponSetId', reason: `coupon set ${form.couponSetId} does not exist` })
    else if (set.type === 'single')
      // A single set has one shared code; unique codes only make sense in a multiple set [INF].
      issues.push({
        path: 'couponSetId',
        reason: `coupon set ${set.id} is of type single; codes can only be imported into a multiple set`,
      })
  }
  return issues
}

function checkHeader(
  state: ConnectifState,
  accountId: string,
  type: ImportType,
  header: string[],
): Issue[] {
  const reasons: string[] = []
  const seen = new Set<string>()
  for (const [index, column] of header.entries()) {
    if (column === '') reasons.push(`column ${index + 1} of the header row has no name`)
    else if (seen.has(column)) reasons.push(`column "${column}" appears more than once`)
    seen.add(column)
  }
  if (type === 'coupons') {
    if (header.length !== 1 || header[0] !== 'code')
      reasons.push(
        `the header row must hold exactly one column, "code" (found ${header.map((h) => `"${h}"`).join(', ')})`,
      )
  } else if (type === 'contacts') {
    if (!seen.has('_email')) reasons.push('the header row needs an "_email" column')
    for (const column of seen) {
      if (column === '' || column === '_email') continue
      const builtIn = BUILT_IN_FIELDS.get(column)
      if (builtIn?.readOnly) reasons.push(`column "${column}" is a read-only contact field`)
      else if (!builtIn && !findCustomField(state, accountId, column))
        reasons.push(
          `column "${column}" is not a contact field; create it with POST /contact-fields/ first`,
        )
    }
  } else {
    if (!seen.has('productId')) reasons.push('the header row needs a "productId" column')
    for (const column of seen)
      if (column !== '' && column !== 'productId' && !PRODUCT_FIELDS.has(column))
        reasons.push(`column "${column}" is not a product field`)
  }
  return reasons.map((reason) => ({ path: 'file', reason }))
}

/**
 * Parses the upload with csv-parse's streaming parser, 256 KB at a time with a yield in between,
 * so a 30 MB file does not stall other requests (measured: 500k rows in ~1.7 s, ≤ 40 ms per chunk;
 * `csv-parse/sync` took ~2.2 s in one block). Returns the rows as header-keyed records, or why the
 * file cannot be read.
 */
async function parseCsv(
  bytes: Uint8Array,
  delimiter: string,
): Promise<{ header: string[]; rows: Array<Record<string, string>> } | string> {
  let header: string[] | undefined
  const rows: Array<Record<string, string>> = []
  const parser = new Parser({
    delimiter,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    // Records are taken here and not pushed downstream: no stream buffering per row.
    on_record: (values: string[]) => {
      // Header names are trimmed, so `_email ` still names the email column [INF].
      if (!header) header = values.map((name) => name.trim())
      else rows.push(toRow(header, values))
      return undefined
    },
  })
  let failure: Error | undefined
  parser.on('error', (error: Error) => {
    failure = error
  })
  for (let at = 0; at < bytes.length && !failure; at += PARSE_CHUNK_BYTES) {
    parser.write(bytes.subarray(at, at + PARSE_CHUNK_BYTES))
    await new Promise((resolve) => setImmediate(resolve))
  }
  if (!failure) {
    parser.end()
    try {
      await finished(parser, { readable: false })
    } catch (error) {
      failure ??= error as Error
    }
  }
  if (failure) return `is not valid CSV: ${failure.message}`
  if (!header) return 'is empty; the first row must name the columns'
  return { header, rows }
}

/** Every row gets every header key (missing values as ""), so any row tells the job's columns. */
function toRow(header: string[], values: string[]): Record<string, string> {
  const row: Record<string, string> = {}
  for (let i = 0; i < header.length; i++) row[header[i] as string] = values[i] ?? ''
  if (values.length !== header.length)
    row[ROW_PROBLEM] = `has ${values.length} values but the header row has ${header.length} columns`
  return row
}

// ── Playing jobs forward ────────────────────────────────────────────────────────────────────────

/**
 * Brings the account's jobs up to `now`: in creation order, one at a time, each starts
 * IMPORT_START_DELAY_MS after it was created or after the previous job ended, then applies
 * IMPORT_ROWS_PER_SECOND rows per second of sandbox time until it is finished. Routes call it
 * before answering, so every answer reflects the sandbox clock.
 */
export function catchUpImports(
  state: ConnectifState,
  accountId: string,
  now: number,
  ids: IdGenerator | undefined = idsOfState.get(state),
): void {
  let freeAtByAccount = workerFreeAt.get(state)
  if (!freeAtByAccount) {
    freeAtByAccount = new Map()
    workerFreeAt.set(state, freeAtByAccount)
  }
  // The remembered time covers jobs removed by DELETE; the records cover the rest.
  let freeAt = freeAtByAccount.get(accountId) ?? Number.NEGATIVE_INFINITY
  for (const job of accountImports(state, accountId)) {
    if (job.status === 'queued') {
      const start = Math.max(Date.parse(job.createdAt as string), freeAt) + IMPORT_START_DELAY_MS
      if (start > now) break
      job.status = 'inProgress'
      job.startedAt = iso(start)
    }
    if (job.status === 'inProgress') {
      applyDueRows(state, job, now, ids)
      if (job.status === 'inProgress') break
    }
    freeAt = Math.max(freeAt, endOf(job))
  }
  freeAtByAccount.set(accountId, freeAt)
}

/** When a job stopped occupying the account's worker; -Infinity for one that never ran. */
function endOf(job: ImportRecord): number {
  if (job.finishedAt) return Date.parse(job.finishedAt)
  if (job.startedAt && job.cancelledAt) return Date.parse(job.cancelledAt)
  return Number.NEGATIVE_INFINITY
}

/** The sandbox time at which row `row` (1-based) of a job started at `startedAt` is applied. */
const rowTime = (startedAt: number, row: number) =>
  startedAt + Math.ceil((row * 1000) / IMPORT_ROWS_PER_SECOND)

function applyDueRows(
  state: ConnectifState,
  job: ImportRecord,
  now: number,
  ids: IdGenerator | undefined,
): void {
  const startedAt = Date.parse(job.startedAt as string)
  const total = job.total ?? 0
  const due = Math.min(total, Math.floor(((now - startedAt) * IMPORT_ROWS_PER_SECOND) / 1000))
  const count = due - job.processed
  if (count > 0) {
    if (!ids) throw new Error('catchUpImports needs the sandbox id generator to create records')
    const applier = createApplier(state, job, ids)
    if (typeof applier === 'string') {
      // The job cannot run at all (its coupon set is gone): it stops where it stands.
      finish(job, 'error', rowTime(startedAt, job.processed))
      return
    }
    const timestamps = new TimestampCache()
    let { success = 0, errors = 0 } = job
    for (let i = 0; i < count; i++) {
      const row = job.processed + i + 1
      const reason = applier.apply(
        job.pendingRows[i] as Record<string, string>,
        timestamps.iso(rowTime(startedAt, row)),
      )
      if (reason === undefined) success++
      else {
        errors++
        job.rowErrors.push({ row, reason })
      }
    }
    applier.commit?.(timestamps.iso(rowTime(startedAt, due)))
    job.success = success
    job.errors = errors
    job.processed = due
    if (due === total) job.pendingRows = []
    else job.pendingRows.splice(0, count)
  }
  if (job.processed === total) finish(job, 'finished', rowTime(startedAt, total))
}

function finish(job: ImportRecord, status: 'finished' | 'error', at: number): void {
  job.status = status
  job.finishedAt = iso(at)
  job.pendingRows = []
}

/** Twenty rows share each millisecond at 20,000 rows/s: format each instant once. */
class TimestampCache {
  #ms = Number.NaN
  #iso = ''
  iso(ms: number): string {
    if (ms !== this.#ms) {
      this.#ms = ms
      this.#iso = iso(ms)
    }
    return this.#iso
  }
}

// ── DELETE ──────────────────────────────────────────────────────────────────────────────────────

/**
 * `DELETE /imports/{id}` [INF: the docs only say the key needs the Imports "Delete" permission]:
 * a queued or running job is cancelled (`cancelled`, `cancelledAt`; rows already applied stay),
 * a job that already ended (finished, error or cancelled) is removed. False when there is none.
 */
export function cancelOrRemoveImport(
  state: ConnectifState,
  accountId: string,
  id: string,
  now: number,
): boolean {
  const job = findImport(state, accountId, id)
  if (!job) return false
  if (job.status === 'queued' || job.status === 'inProgress') {
    job.status = 'cancelled'
    job.cancelledAt = iso(now)
    job.pendingRows = []
  } else {
    const freeAtByAccount = workerFreeAt.get(state)
    const freeAt = freeAtByAccount?.get(accountId) ?? Number.NEGATIVE_INFINITY
    freeAtByAccount?.set(accountId, Math.max(freeAt, endOf(job)))
    state.imports.delete(job)
  }
  return true
}

// ── Applying rows ───────────────────────────────────────────────────────────────────────────────

interface RowApplier {
  /** Applies one row at time `at`; returns why it was rejected, or undefined. */
  apply(row: Record<string, string>, at: string): string | undefined
  /** Writes what was batched (coupon codes) once per catch-up. */
  commit?(at: string): void
}

function createApplier(
  state: ConnectifState,
  job: ImportRecord,
  ids: IdGenerator,
): RowApplier | string {
  if (job.type === 'contacts') return contactsApplier(state, job, ids)
  if (job.type === 'products') return productsApplier(state, job, ids)
  return couponsApplier(state, job)
}

/** A cell value that cannot be stored, with why. */
class Problem {
  readonly reason: string
  constructor(reason: string) {
    this.reason = reason
  }
}

type Convert = (raw: string) => unknown

interface Column {
  name: string
  convert: Convert
}

/**
 * Turns a row into field values, written into `values` (a new record, to save a copy per row);
 * empty cells leave the field alone [INF].
 */
function readRow(
  row: Record<string, string>,
  columns: Column[],
  values: Record<string, unknown> = {},
): Record<string, unknown> | string {
  const problem = row[ROW_PROBLEM]
  if (problem !== undefined) return problem
  for (const { name, convert } of columns) {
    const raw = row[name]
    if (raw === undefined || raw === '') continue
    const value = convert(raw)
    if (value instanceof Problem) return `${name} ${value.reason}`
    values[name] = value
  }
  return values
}

interface UpsertOptions {
  overrideExisting: boolean
  updateOnlyEmptyFields: boolean
}

/**
 * What to write into an existing record: nothing when `overrideExisting` is false (the row still
 * counts as a success [INF]), only the fields the record lacks with `updateOnlyEmptyFields`, else
 * every value of the row.
 */
function changesFor(
  existing: Record<string, unknown>,
  values: Record<string, unknown>,
  options: UpsertOptions,
): Record<string, unknown> | undefined {
  if (!options.overrideExisting) return undefined
  if (!options.updateOnlyEmptyFields) return values
  const changes: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(values))
    if (isEmpty(existing[field])) changes[field] = value
  return changes
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

function upsertOptions(job: ImportRecord): UpsertOptions {
  return {
    overrideExisting: job.options?.overrideExisting ?? false,
    updateOnlyEmptyFields: job.options?.updateOnlyEmptyFields ?? false,
  }
}

function contactsApplier(state: ConnectifState, job: ImportRecord, ids: IdGenerator): RowApplier {
  const { accountId } = job
  const options = upsertOptions(job)
  const header = Object.keys(job.pendingRows[0] ?? {}).filter((name) => name !== ROW_PROBLEM)
  const columns = header
    .filter((name) => name !== '_email')
    .map((name) => ({ name, convert: contactConverter(state, accountId, name) }))
  const checkEmail = specCheck('Contact', '_email')
  return {
    apply(row, at) {
      const email = row._email?.trim().toLowerCase()
      if (!email) return '_email is required'
      if (checkEmail(email) instanceof Problem) return `_email "${row._email}" is not a valid email`
      const existing = findContactByEmail(state, accountId, email)
      const values = readRow(row, columns, existing ? {} : newContact(accountId, email, at))
      if (typeof values === 'string') return values
      const changes = existing ? changesFor(existing, values, options) : values
      if (!changes) return undefined
      const externalId = changes._externalId as string | undefined
      const holder = externalId ? findContactByExternalId(state, accountId, externalId) : undefined
      if (holder && holder !== existing)
        return `_externalId "${externalId}" is already used by contact ${holder.id}`
      if (!existing) {
        changes.id = ids.objectId()
        state.contacts.insert(changes as ContactRecord)
      } else if (Object.keys(changes).length > 0)
        // Changed in place: a copy per row would double the garbage of a 500k-row update.
        state.contacts.update(existing, (current) =>
          Object.assign(current, changes, { _updatedAt: at }),
        )
      return undefined
    },
  }
}

/** A contact as an import creates it, before the row's fields are read into it. */
function newContact(accountId: string, email: string, at: string): Record<string, unknown> {
  return {
    accountId,
    id: '',
    _email: email,
    _createdAt: at,
    _updatedAt: at,
    _isAnonymous: false,
    _hasPushSubscriptions: false,
    _totalPurchases: 0,
    _totalPurchasesAmount: 0,
    _averagePurchasesAmount: 0,
  }
}

/** Built-in fields by their stored type, checked against the Contact schema; custom ones by their definition. */
function contactConverter(state: ConnectifState, accountId: string, name: string): Convert {
  const builtIn = BUILT_IN_FIELDS.get(name)
  if (builtIn) {
    const convert = CONVERTERS[builtIn.type as keyof typeof CONVERTERS] ?? asText
    // A converted date is already an ISO date-time; the schema has nothing to add.
    if (convert === CONVERTERS.date) return convert
    const check = specCheck('Contact', name)
    return (raw) => {
      const value = convert(raw)
      return value instanceof Problem ? value : check(value)
    }
  }
  return (raw) => {
    const field = findCustomField(state, accountId, name)
    const value = (CONVERTERS[field?.type as keyof typeof CONVERTERS] ?? asText)(raw)
    if (value instanceof Problem) return value
    const problem = checkCustomFieldValue(state, accountId, name, value)
    return problem === undefined ? value : new Problem(problem)
  }
}

function productsApplier(state: ConnectifState, job: ImportRecord, ids: IdGenerator): RowApplier {
  const { accountId } = job
  const options = upsertOptions(job)
  const header = Object.keys(job.pendingRows[0] ?? {}).filter((name) => name !== ROW_PROBLEM)
  const columns = header
    .filter((name) => name !== 'productId')
    .map((name) => ({ name, convert: productConverter(name) }))
  const urlColumns = PRODUCT_URL_FIELDS.filter((field) => header.includes(field))
  const allowedDomains = state.accountSettings(accountId).allowedDomains
  return {
    apply(row, at) {
      const productId = row.productId?.trim()
      if (!productId) return 'productId is required'
      const values = readRow(row, columns)
      if (typeof values === 'string') return values
      for (const field of urlColumns) {
        const url = values[field]
        if (typeof url === 'string' && !isAuthorizedUrl(url, allowedDomains))
          return `${field} "${url}" is not in the account's authorized domains (E0201)`
      }
      const existing = findProductByProductId(state, accountId, productId)
      if (!existing) {
        state.products.insert({
          availability: 'instock',
          ...values,
          accountId,
          id: ids.objectId(),
          productId,
          createdAt: at,
          updatedAt: at,
        } as ProductRecord)
        return undefined
      }
      const changes = changesFor(existing, values, options)
      if (changes && Object.keys(changes).length > 0)
        state.products.update(existing, (current) =>
          Object.assign(current, changes, { updatedAt: at }),
        )
      return undefined
    },
  }
}

/** Product columns convert by their type in the ProductCreation schema, then are checked by it. */
function productConverter(name: string): Convert {
  const schema = resolveSchema(PRODUCT_FIELDS.get(name))
  const types = [schema.type].flat()
  const convert: Convert = types.includes('integer')
    ? CONVERTERS.integer
    : types.includes('number')
      ? CONVERTERS.decimal
      : types.includes('boolean')
        ? CONVERTERS.boolean
        : types.includes('array')
          ? CONVERTERS.checkbox
          : schema.format === 'date-time'
            ? CONVERTERS.date
            : asText
  if (convert === CONVERTERS.date) return convert
  const check = specCheck('ProductCreation', name)
  return (raw) => {
    const value = convert(raw)
    return value instanceof Problem ? value : check(value)
  }
}

/** Coupon rows add their `code` to the set; the set's counters are written once per catch-up. */
function couponsApplier(state: ConnectifState, job: ImportRecord): RowApplier | string {
  const setId = job.options?.couponSetId ?? ''
  const set = findCouponSet(state, job.accountId, setId)
  if (!set) return `coupon set ${setId} no longer exists`
  const known = codesOf(set)
  let added = 0
  return {
    apply(row) {
      const problem = row[ROW_PROBLEM]
      if (problem !== undefined) return problem
      const code = row.code?.trim()
      if (!code) return 'code is empty'
      if (known.has(code)) return `code "${code}" is already in coupon set ${set.id}`
      known.add(code)
      set.codes.push(code)
      added++
      return undefined
    },
    commit(at) {
      if (added === 0) return
      state.couponSets.update(set, (current) => ({
        ...current,
        quantity: (current.quantity ?? 0) + added,
        available: (current.available ?? 0) + added,
        updatedAt: at,
      }))
    },
  }
}

function findCouponSet(state: ConnectifState, accountId: string, id: string) {
  return getOwned(state.couponSets, accountId, id)
}

/** A Set of the coupon set's codes, kept beside its `codes` array and rebuilt if that changed behind our back. */
const codeSets = new WeakMap<string[], Set<string>>()
function codesOf(set: CouponSetRecord): Set<string> {
  let known = codeSets.get(set.codes)
  if (!known || known.size !== set.codes.length) {
    known = new Set(set.codes)
    codeSets.set(set.codes, known)
  }
  return known
}

// ── Cell converters and spec checks ─────────────────────────────────────────────────────────────

const asText: Convert = (raw) => raw
const INTEGER = /^[+-]?\d+$/
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** CSV text → stored value, by contact-field type [INF: list cells split on "|", booleans are true/false]. */
const CONVERTERS = {
  integer: (raw: string) => (INTEGER.test(raw) ? Number(raw) : new Problem('must be an integer')),
  decimal: (raw: string) => (DECIMAL.test(raw) ? Number(raw) : new Problem('must be a number')),
  boolean: (raw: string) => {
    const lower = raw.toLowerCase()
    return lower === 'true'
      ? true
      : lower === 'false'
        ? false
        : new Problem('must be true or false')
  },
  checkbox: (raw: string) =>
    raw
      .split(LIST_SEPARATOR)
      .map((value) => value.trim())
      .filter((value) => value !== ''),
  date: (raw: string) => {
    let value = parsedDates.get(raw)
    if (value === undefined) {
      const ms = Date.parse(raw)
      value = Number.isNaN(ms)
        ? new Problem('must be an ISO 8601 date')
        : new Date(ms).toISOString()
      if (parsedDates.size >= 10_000) parsedDates.clear()
      parsedDates.set(raw, value)
    }
    return value
  },
} satisfies Record<string, Convert>

/** Dates repeat a lot in real files (birthdates, publish dates): Date.parse + toISOString once each. */
const parsedDates = new Map<string, string | Problem>()

const BUILT_IN_FIELDS = new Map(BUILT_IN_CONTACT_FIELDS.map((field) => [field.id, field]))

type SchemaNode = { type?: string | string[]; format?: string; $ref?: string }
const schemas = (connectifDocument.components?.schemas ?? {}) as Record<
  string,
  { properties?: Record<string, SchemaNode> }
>
const PRODUCT_FIELDS = new Map(Object.entries(schemas.ProductCreation?.properties ?? {}))

function resolveSchema(node: SchemaNode | undefined): SchemaNode {
  let current = node ?? {}
  while (current.$ref)
    current = schemas[current.$ref.replace('#/components/schemas/', '')] as SchemaNode
  return current
}

let validator: SchemaValidator | undefined
/** A check of one value against the spec's schema for `schema.properties[property]`. */
function specCheck(schema: string, property: string): (value: unknown) => unknown {
  validator ??= createSchemaValidator(connectifDocument, 'connectif-imports')
  if (!schemas[schema]?.properties?.[property]) return (value) => value
  const validate: ValidateFunction = validator.compile(
    `#/components/schemas/${schema}/properties/${property.replaceAll('~', '~0').replaceAll('/', '~1')}`,
  )
  return (value) => (validate(value) ? value : new Problem(describe(validate.errors)))
}

function describe(errors: ErrorObject[] | null | undefined): string {
  const error = errors?.[0]
  if (error?.keyword === 'enum')
    return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
  return error?.message ?? 'is not valid'
}
