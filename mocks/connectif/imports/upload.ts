/**
 * What `POST /imports/` checks before it queues a job: the form rules the schema cannot express
 * (run first, so a refused form never has its file read), the CSV itself, parsed without blocking
 * the event loop, and its header row against the import type, so a typo fails the upload with 422
 * instead of every row of the job.
 *
 * @see shared/research/connectif.md §9.1 — form fields [DOC]; the checks are [INF]
 */
// csv-parse's own browser build where a bundler targets browsers (package.json "imports").
import { Parser } from '#csv-parse'
import { getOwned } from '../../sandbox/records/indexed-table.ts'
import { nextTurn } from '../../sandbox/slices.ts'
import { type ContactFieldTables, findCustomField } from '../contact-fields/contact-fields.ts'
import type { CouponSetTables } from '../coupon-sets/coupon-sets.ts'
import type { Issue } from '../errors.ts'
import type { Schemas } from '../records.ts'
import { BUILT_IN_FIELDS, PRODUCT_FIELDS, ROW_PROBLEM } from './row-values.ts'

export type ImportForm = Schemas['ImportCreation']
export type ImportType = ImportForm['type']

/** What the schema cannot say: the file part, the cross-field rules and the coupon set's existence. */
export function checkForm(state: CouponSetTables, accountId: string, form: ImportForm): Issue[] {
  const issues: Issue[] = []
  // A text field named `file` validates as a string; only a file part is a Blob.
  if (!((form.file as unknown) instanceof Blob))
    issues.push({
      path: '/file',
      reason: 'must be a file part (with a filename), not a text field',
    })
  if (form.updateOnlyEmptyFields && !form.overrideExisting)
    issues.push({
      path: '/updateOnlyEmptyFields',
      reason: 'may be true only if overrideExisting is true',
    })
  if (form.type === 'coupons') {
    // The spec lists no 404 for this operation, so a missing set is a 422 on the field [INF].
    const set = form.couponSetId
      ? getOwned(state.couponSets, accountId, form.couponSetId)
      : undefined
    if (!form.couponSetId)
      issues.push({ path: '/couponSetId', reason: 'is required when type is coupons' })
    else if (!set)
      issues.push({ path: '/couponSetId', reason: `coupon set ${form.couponSetId} does not exist` })
    else if (set.type === 'single')
      // A single set has one shared code; unique codes only make sense in a multiple set [INF].
      issues.push({
        path: '/couponSetId',
        reason: `coupon set ${set.id} is of type single; codes can only be imported into a multiple set`,
      })
  }
  return issues
}

/** CSV bytes handed to the parser before yielding to the event loop: ~40 ms of work each. */
const PARSE_CHUNK_BYTES = 256 * 1024

/**
 * Parses the upload with csv-parse's streaming parser, 256 KB at a time with a yield in between,
 * so a 30 MB file does not stall other requests (measured: 500k rows in ~1.7 s, ≤ 40 ms per chunk;
 * `csv-parse/sync` took ~2.2 s in one block). Returns the rows as header-keyed records, or why the
 * file cannot be read. A row whose value count is off is kept, marked with ROW_PROBLEM, so the
 * job reports it instead of refusing the file.
 */
export async function parseCsv(
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
  const done = new Promise<void>((resolve) => {
    parser.on('error', (error: Error) => {
      failure ??= error
      resolve()
    })
    parser.on('finish', () => resolve())
  })
  // Node's build reads bytes; the browser build's polyfilled Buffer accepts only strings.
  const decoder = 'Buffer' in globalThis ? undefined : new TextDecoder()
  for (let at = 0; at < bytes.length && !failure; at += PARSE_CHUNK_BYTES) {
    const chunk = bytes.subarray(at, at + PARSE_CHUNK_BYTES)
    parser.write(decoder ? decoder.decode(chunk, { stream: true }) : chunk)
    await nextTurn()
  }
  if (!failure) {
    parser.end()
    await done
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

/** The header row against the import type: every column must name a writable field. */
export function checkHeader(
  state: ContactFieldTables,
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
  return reasons.map((reason) => ({ path: '/file', reason }))
}
