/**
 * What every Hellotext section's records share: each is scoped to an account (its primary key is
 * `scopedKey(accountId, id)`, so ids of account A never find records of account B) and carries
 * `seq`, its insertion order, which sorts lists newest first even when the clock is frozen.
 * Timestamps are Unix seconds; ids are 8 characters (`vxqQJ3Yg`).
 *
 * @see shared/research/hellotext-reskyt.md A2 (pagination, timestamps [DOC: APIREF]), A12 (state model [INF])
 */
import type { components } from '../../src/generated/hellotext.ts'
import type { IdGenerator } from '../sandbox/records/ids.ts'
import { IndexedTable, scopedKey } from '../sandbox/records/indexed-table.ts'
import { rejectWith } from '../sandbox/sandbox-error.ts'
import { ambiguous, notFound } from './errors.ts'

export type Schemas = components['schemas']
export type Price = Schemas['Price']
export type PriceInput = Schemas['PriceInput']

/** Bookkeeping every record carries. */
export interface Owned {
  accountId: string
  id: string
  seq: number
}

/** The state's insertion counter, shared by every table so `seq` orders across them. */
export interface Sequence {
  lastSeq: number
  nextSeq(): number
}

/** A table of records found by id within their account. */
export const byId = <T extends Owned>(name: string) =>
  new IndexedTable<T>({ name, primaryKey: (r) => scopedKey(r.accountId, r.id) as string })

/** `(source, reference)` of a record, as a unique key within its account and table. */
export const sourceReference = (r: { accountId: string; source?: string; reference?: string }) =>
  r.reference === undefined
    ? undefined
    : scopedKey(r.accountId, `${r.source ?? ''}\u0000${r.reference}`)

/** A record of `table` in the account, by id, without scanning. */
export function findIn<T extends Owned, I extends string>(
  table: IndexedTable<T, I>,
  accountId: string,
  id: string,
): T | undefined {
  return table.get(scopedKey(accountId, id) as string)
}

/** The account's records of `table`, newest first. */
export function newestFirst<T extends Owned, I extends string>(
  table: IndexedTable<T, I>,
  accountId: string,
  where?: (record: T) => boolean,
): T[] {
  return table
    .findMany((q) => q.where((r: T) => r.accountId === accountId && (!where || where(r))))
    .sort((a, b) => b.seq - a.seq)
}

/** Sandbox time in Unix seconds, the form of every Hellotext timestamp [DOC: HELP-2022 session]. */
export const seconds = (ms: number) => Math.floor(ms / 1000)

/** A new 8-character id (`vxqQJ3Yg`) that `taken` says no record has yet. */
export function newId(ctx: { ids: IdGenerator }, taken: (id: string) => boolean): string {
  for (;;) {
    const id = ctx.ids.alphanumeric(8)
    if (!taken(id)) return id
  }
}

/** 25 a page unless `limit` says otherwise [DOC: APIREF]. */
export const DEFAULT_LIMIT = 25

/** A list route's cursor query. */
export interface PageQuery {
  limit?: number
  starting_after?: string
  ending_before?: string
}

/**
 * One page of `items` (already newest first): `starting_after=<id>` gives the items after that
 * one, `ending_before=<id>` the ones before it, each excluding the cursor [DOC: APIREF]. An unknown
 * cursor is 404 [INF]; both cursors at once are ambiguous [INF].
 */
export function listPage<T extends Owned>(query: PageQuery, items: T[]): T[] {
  const limit = query.limit ?? DEFAULT_LIMIT
  const { starting_after: after, ending_before: before } = query
  if (after !== undefined && before !== undefined)
    throw rejectWith(ambiguous('ending_before', 'Send starting_after or ending_before, not both.'))
  if (after !== undefined) {
    const at = items.findIndex((item) => item.id === after)
    if (at < 0) throw rejectWith(notFound('starting_after'))
    return items.slice(at + 1, at + 1 + limit)
  }
  if (before !== undefined) {
    const at = items.findIndex((item) => item.id === before)
    if (at < 0) throw rejectWith(notFound('ending_before'))
    return items.slice(Math.max(0, at - limit), at)
  }
  return items.slice(0, limit)
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Round money to cents, so sums of decimal prices read as they would on a receipt. */
export const money = (amount: number) => Math.round(amount * 100) / 100

/** Copies the members of `from` that are set, so responses carry no `undefined`. */
export function defined<T extends object>(from: T): Partial<T> {
  return Object.fromEntries(Object.entries(from).filter(([, v]) => v !== undefined)) as Partial<T>
}

/** A record without the sandbox's bookkeeping (`accountId`, `seq`). */
export function withoutBookkeeping<T extends Owned>(record: T): Omit<T, 'accountId' | 'seq'> {
  const { accountId: _accountId, seq: _seq, ...fields } = record
  return fields
}

/**
 * A reference as the sandbox keeps and answers it: text. The WooCommerce plugin sends WordPress
 * ids as JSON integers (`42` → `'42'`) [SDK: WP]; reading them as text is [INF].
 */
export function asReference(reference: Schemas['Reference']): string
export function asReference(reference: Schemas['Reference'] | undefined): string | undefined
export function asReference(reference: Schemas['Reference'] | undefined): string | undefined {
  return reference === undefined ? undefined : String(reference)
}

/** An amount as the sandbox keeps and answers it: `'89.90'` (WooCommerce's strings) → 89.9 [INF]. */
export function asDecimal(value: Schemas['DecimalInput']): number {
  // The schema has admitted only numbers and decimal strings, so Number() is exact here.
  return typeof value === 'number' ? value : Number(value)
}

/** A price as stored and answered, its amounts numbers. */
export function asPrice(price: PriceInput): Price {
  const { amount, converted_amount, ...rest } = price
  return {
    ...rest,
    ...(amount === undefined ? {} : { amount: asDecimal(amount) }),
    ...(converted_amount === undefined ? {} : { converted_amount: asDecimal(converted_amount) }),
  }
}
