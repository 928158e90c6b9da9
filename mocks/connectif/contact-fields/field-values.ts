/**
 * Whether a value fits a field of a given type: the one rule set behind contact-field default
 * values and custom event bodies. Strings for `text`, `email`, `date`, `radio`, `phone`; numbers
 * for `decimal`; integers for `integer`; booleans for `boolean`; string arrays for `checkbox`.
 *
 * @see shared/research/connectif.md §5.1 (value types per field type [DOC]), §11.1 (event body
 * value types [DOC]); the email shape, ISO 8601 dates and option membership are checked [INF]
 *
 * @example
 * checkFieldValue({ type: 'integer' }, 4.5) // 'must be an integer'
 * checkFieldValue({ type: 'radio', options: [{ id: 'a', label: 'A' }] }, 'a') // undefined
 */
import type { components } from '../../../src/generated/connectif.ts'

type FieldType = components['schemas']['ContactFieldType']

export interface FieldShape {
  type: FieldType
  options?: ReadonlyArray<{ id: string }>
  maxLength?: number
}

/** Loose on purpose: one `@`, something before it, a dot after it [INF]. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Why `value` cannot be stored in a field shaped `field`, or undefined when it can. */
export function checkFieldValue(field: FieldShape, value: unknown): string | undefined {
  const options = field.options?.map((option) => option.id)
  switch (field.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be a boolean'
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number'
    case 'integer':
      return Number.isInteger(value) ? undefined : 'must be an integer'
    case 'checkbox':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        return 'must be an array of strings'
      return options?.length && value.some((v) => !options.includes(v))
        ? `must be among ${options.join(', ')}`
        : undefined
    case 'radio':
      if (typeof value !== 'string') return 'must be a string'
      return options?.length && !options.includes(value)
        ? `must be one of ${options.join(', ')}`
        : undefined
    case 'date':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? undefined
        : 'must be an ISO 8601 date'
    case 'email':
      return typeof value === 'string' && EMAIL.test(value) ? undefined : 'must be an email address'
    default:
      if (typeof value !== 'string') return 'must be a string'
      return field.maxLength !== undefined && value.length > field.maxLength
        ? `must be at most ${field.maxLength} characters`
        : undefined
  }
}
