/**
 * A plausible value for a schema, for operations or parameters the spec gives no example of:
 * required properties only, the first enum value, a format-shaped string. Not a full generator:
 * the fuzz cases then break the value on purpose.
 */
import type { OpenApiDocument } from '../../src/openapi/openapi-document.ts'
import { resolveRef } from '../support/openapi-documents.ts'

type Node = Record<string, unknown>

const FORMATTED: Record<string, string> = {
  email: 'fuzz@example.com',
  uri: 'https://example.com/fuzz',
  url: 'https://example.com/fuzz',
  'date-time': '2026-01-01T00:00:00Z',
  date: '2026-01-01',
  uuid: '00000000-0000-4000-8000-000000000000',
}

export function sampleValue(document: OpenApiDocument, rawSchema: unknown, depth = 0): unknown {
  const schema = resolveRef(document, (rawSchema ?? {}) as Node)
  if (depth > 6) return null
  if ('const' in schema) return schema.const
  if (Array.isArray(schema.enum)) return schema.enum[0]
  if ('example' in schema) return schema.example
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0]
  if ('default' in schema) return schema.default
  for (const combinator of ['oneOf', 'anyOf'] as const) {
    const options = schema[combinator] as unknown[] | undefined
    if (options?.length) return sampleValue(document, options[0], depth + 1)
  }
  if (Array.isArray(schema.allOf))
    return Object.assign(
      {},
      ...schema.allOf.map((part) => {
        const value = sampleValue(document, part, depth + 1)
        return typeof value === 'object' && value !== null ? value : {}
      }),
    )
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Node
      const required = (schema.required ?? []) as string[]
      return Object.fromEntries(
        required.map((name) => [name, sampleValue(document, properties[name], depth + 1)]),
      )
    }
    case 'array':
      return Array.from({ length: Number(schema.minItems ?? 1) }, () =>
        sampleValue(document, schema.items, depth + 1),
      )
    case 'integer':
    case 'number':
      return Number(schema.minimum ?? 1)
    case 'boolean':
      return true
    case 'null':
      return null
    case 'string': {
      const formatted = FORMATTED[schema.format as string]
      if (formatted) return formatted
      const length = Math.max(Number(schema.minLength ?? 1), 4)
      return 'fuzz'.padEnd(length, 'z')
    }
    default:
      return schema.properties
        ? sampleValue(document, { ...schema, type: 'object' }, depth)
        : 'fuzz'
  }
}
