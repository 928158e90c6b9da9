/**
 * Cell converters: CSV text → the value an import stores, or a `Problem` saying why it cannot be
 * stored. Shared by the contact and product appliers and the spec checks.
 */

/** Separates the values of one cell for checkbox fields, `categories`, `tags` and other list fields [INF]. */
export const LIST_SEPARATOR = '|'

/** A cell value that cannot be stored, with why. */
export class Problem {
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
