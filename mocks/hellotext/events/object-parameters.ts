/**
 * `object_parameters` checked against the input schema of the action's object (the same one the
 * object's own create route takes), so what tracking creates inline is stored as its schema
 * describes it. The engine cannot do this: which schema applies depends on the action.
 *
 * @see shared/research/hellotext-reskyt.md A4 (`object_parameters` "data to create or find the
 * object inline" [DOC: HELP]), A6 (object shapes [DOC; SDK: WP])
 */
import type { ValidateFunction } from 'ajv'
import hellotextDocument from '../../../src/generated/hellotext.document.ts'
import { createSchemaValidator, locateIssues } from '../../../src/openapi/schema-validator.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import { invalidParameters } from '../errors.ts'
import type { Schemas } from '../records.ts'

/** The schema of each object kind whose inline parameters have one. */
const INPUT_SCHEMAS = {
  product: 'ProductInput',
  order: 'OrderInput',
  cart: 'CartInput',
  coupon: 'CouponInput',
  refund: 'RefundInput',
} as const

type Checked = {
  product: Schemas['ProductInput']
  order: Schemas['OrderInput'] & Record<string, unknown>
  cart: Schemas['CartInput']
  coupon: Schemas['CouponInput']
  refund: Schemas['RefundInput']
}

let schemas: ReturnType<typeof createSchemaValidator> | undefined
const compiled = new Map<string, ValidateFunction>()

/**
 * `params` as the `kind` object's input, or the Hellotext 422 naming the offending member as the
 * object's own parameter (`price.amount`), as hellotext.js's docs show inline errors (`name`).
 */
export function checkObjectParameters<Kind extends keyof typeof INPUT_SCHEMAS>(
  kind: Kind,
  params: Record<string, unknown>,
  parameter: string,
): Checked[Kind] {
  const name = INPUT_SCHEMAS[kind]
  let validate = compiled.get(name)
  if (!validate) {
    schemas ??= createSchemaValidator(hellotextDocument, 'hellotext-object-parameters')
    validate = schemas.compile(`#/components/schemas/${name}`)
    compiled.set(name, validate)
  }
  if (validate(params)) return params as Checked[Kind]
  throw rejectWith(
    invalidParameters(
      locateIssues(validate.errors).map((issue) => ({
        location: 'body' as const,
        path: issue.path.replace(/^\$\.?/, ''),
        pointer: `/${parameter}${issue.pointer}`,
        reason: issue.message,
      })),
    ),
  )
}
