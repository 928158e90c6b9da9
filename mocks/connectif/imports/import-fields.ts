/**
 * The columns an import accepts and their checks, read from the Connectif spec and the built-in
 * contact fields, so the header check and the row converters agree on both.
 */
import type { ErrorObject, ValidateFunction } from 'ajv'
import connectifDocument from '../../../src/generated/connectif.document.ts'
import {
  createSchemaValidator,
  type SchemaValidator,
} from '../../../src/openapi/schema-validator.ts'
import { BUILT_IN_CONTACT_FIELDS } from '../contact-fields-model.ts'
import { Problem } from './converters.ts'

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

let validator: SchemaValidator | undefined
/** A check of one value against the spec's schema for `schema.properties[property]`. */
export function specCheck(schema: string, property: string): (value: unknown) => unknown {
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
