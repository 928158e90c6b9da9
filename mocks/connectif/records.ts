/**
 * What every Connectif section's records share: they are the API resources as Connectif returns
 * them, plus `accountId` (and any bookkeeping a section lists), which `toResource()` strips before
 * a record leaves the sandbox. Timestamps are ISO 8601 strings.
 */
import type { components } from '../../src/generated/connectif.ts'

export type Schemas = components['schemas']

/** The sandbox writes fields the API marks readOnly (ids, timestamps, computed stats). */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] }

export type Scoped<T> = Mutable<T> & { accountId: string }

/** `T` without the keys `K`. Unlike `Omit`, it keeps `T`'s named keys when `T` has an index signature. */
export type Without<T, K extends PropertyKey> = { [P in keyof T as P extends K ? never : P]: T[P] }

/** A schema's named fields, writable, without the index signature of its extra members. */
export type NamedFields<T> = { -readonly [K in keyof T as string extends K ? never : K]: T[K] }

/** Strips the sandbox's bookkeeping (`accountId` and any field listed) from a record. */
export function toResource<T extends { accountId: string }, K extends keyof T = never>(
  record: T,
  ...internal: K[]
): Without<T, 'accountId' | K> {
  const { accountId: _accountId, ...rest } = record
  for (const key of internal) delete (rest as Partial<T>)[key]
  return rest as unknown as Without<T, 'accountId' | K>
}

/** The last instant formatted, and its text: under load some thirty requests share each millisecond. */
let formattedMs = Number.NaN
let formatted = ''

/** Epoch milliseconds as ISO 8601 (`2026-01-01T00:00:00.000Z`). */
export function iso(ms: number): string {
  if (ms !== formattedMs) {
    formatted = new Date(ms).toISOString()
    formattedMs = ms
  }
  return formatted
}
