/**
 * What the per-type appliers share: reading a row through column converters, and the
 * `overrideExisting` / `updateOnlyEmptyFields` rules for a record that already exists.
 */
import type { ImportRecord } from '../state.ts'
import { type Convert, Problem } from './converters.ts'
import { ROW_PROBLEM } from './parse-csv.ts'

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
