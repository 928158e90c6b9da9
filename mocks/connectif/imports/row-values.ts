/**
 * From CSV cells to stored values: the columns an import accepts (read from the Connectif spec and
 * the built-in contact fields, so the header check and the row converters agree), the converters
 * by field type, and what the per-type appliers share: reading a row through its columns, and the
 * `overrideExisting` / `updateOnlyEmptyFields` rules for a record that already exists.
 */
import type { ErrorObject, ValidateFunction } from 'ajv'
import connectifDocument from '../../../src/generated/connectif.document.ts'
import {
  createSchemaValidator,
  type SchemaValidator,
} from '../../../src/openapi/schema-validator.ts'
import { BUILT_IN_CONTACT_FIELDS } from '../contact-fields/contact-fields.ts'
import type { ImportRecord } from './imports.ts'

/** Key of a pending row whose value count differs from the header's; never a field id. */
export const ROW_PROBLEM = '\u0000problem'

/** Separates the values of one cell for checkbox fields, `categories`, `tags` and other list fields [INF]. */
export const LIST_SEPARATOR = '|'

/** A cell value that cannot be stored, with why: the row is reported, the job goes on. */
export class CellProblem {
  readonly reason: string
  constructor(reason: string) {
    this.reason = reason
  }
}

export type Convert = (raw: string) => unknown

export const asText: Convert = (raw) => raw
const INTEGER = /^[+-]?\d+$/
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** CSV text → stored value, by contact-field type [INF: list cells split on "|", booleans are true/false]. */
export const CONVERTERS = {
  integer: (raw: string) =>
    INTEGER.test(raw) ? Number(raw) : new CellProblem('must be an integer'),
  decimal: (raw: string) => (DECIMAL.test(raw) ? Number(raw) : new CellProblem('must be a number')),
  boolean: (raw: string) => {
    const lower = raw.toLowerCase()
    return lower === 'true'
      ? true
      : lower === 'false'
        ? false
        : new CellProblem('must be true or false')
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
        ? new CellProblem('must be an ISO 8601 date')
        : new Date(ms).toISOString()
      if (parsedDates.size >= 10_000) parsedDates.clear()
      parsedDates.set(raw, value)
    }
    return value
  },
} satisfies Record<string, Convert>

/**
 * Dates repeat a lot in real files (birthdates, publish dates): Date.parse + toISOString once each.
 * A pure function's memo, not sandbox state: the same text always gives the same value.
 */
const parsedDates = new Map<string, string | CellProblem>()

/** Built-in contact fields by id. */
export const BUILT_IN_FIELDS = new Map(BUILT_IN_CONTACT_FIELDS.map((field) => [field.id, field]))

export type SchemaNode = { type?: string | string[]; format?: string; $ref?: string }
const schemas = (connectifDocument.components?.schemas ?? {}) as Record<
  string,
  { properties?: Record<string, SchemaNode> }
>
/** Product fields by name, with their ProductCreation schema. */
export const PRODUCT_FIELDS = new Map(Object.entries(schemas.ProductCreation?.properties ?? {}))

export function resolveSchema(node: SchemaNode | undefined): SchemaNode {
  let current = node ?? {}
  while (current.$ref)
    current = schemas[current.$ref.replace('#/components/schemas/', '')] as SchemaNode
  return current
}

/** The spec's schemas, compiled on first use (immutable, shared by every sandbox). */
let validator: SchemaValidator | undefined

/** A check of one value against the spec's schema for `schema.properties[property]`. */
export function specCheck(schema: string, property: string): (value: unknown) => unknown {
  validator ??= createSchemaValidator(connectifDocument, 'connectif-imports')
  if (!schemas[schema]?.properties?.[property]) return (value) => value
  const validate: ValidateFunction = validator.compile(
    `#/components/schemas/${schema}/properties/${property.replaceAll('~', '~0').replaceAll('/', '~1')}`,
  )
  return (value) => (validate(value) ? value : new CellProblem(describe(validate.errors)))
}

function describe(errors: ErrorObject[] | null | undefined): string {
  const error = errors?.[0]
  if (error?.keyword === 'enum')
    return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
  return error?.message ?? 'is not valid'
}

/** Applies one import type's rows. */
export interface RowApplier {
  /** Applies one row at time `at`; returns why it was rejected, or undefined. */
  apply(row: Record<string, string>, at: string): string | undefined
  /** Writes what was batched (coupon codes) once per catch-up. */
  commit?(at: string): void
}

export interface Column {
  name: string
  convert: Convert
}

/** The job's columns (every row has every header key), without the row-problem marker. */
export function headerOf(job: ImportRecord): string[] {
  return Object.keys(job.pendingRows[0] ?? {}).filter((name) => name !== ROW_PROBLEM)
}

/**
 * Turns a row into field values, written into `values` (a new record, to save a copy per row);
 * empty cells leave the field alone [INF].
 */
export function readRow(
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
    if (value instanceof CellProblem) return `${name} ${value.reason}`
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
export function changesFor(
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

export function upsertOptions(job: ImportRecord): UpsertOptions {
  return {
    overrideExisting: job.options?.overrideExisting ?? false,
    updateOnlyEmptyFields: job.options?.updateOnlyEmptyFields ?? false,
  }
}

/** A converter followed by the spec's check of the converted value (dates need none). */
export function checkedBy(convert: Convert, check: (value: unknown) => unknown): Convert {
  if (convert === CONVERTERS.date) return convert
  return (raw) => {
    const value = convert(raw)
    return value instanceof CellProblem ? value : check(value)
  }
}
