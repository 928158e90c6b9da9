/**
 * The validation stage: path parameters, query, declared headers and body, each against the
 * operation's pre-compiled schema. Path, query and form values are coerced to their schema types
 * on the way (`"20"` → 20), so routes receive typed values.
 */
import type { ValidateFunction } from 'ajv'
import { locateIssues } from '../../src/openapi/schema-validator.ts'
import type { SandboxFailure, ValidationIssue } from './failures.ts'
import type { ParsedBody } from './parse-body.ts'
import type { OperationSpec } from './route-table.ts'

export interface ValidatedRequest {
  params: Record<string, unknown>
  query: Record<string, unknown>
  body: unknown
}

export function validateRequest(
  operation: OperationSpec,
  rawParams: Record<string, string>,
  searchParams: URLSearchParams,
  headers: Record<string, string>,
  parsed: ParsedBody,
): ValidatedRequest | SandboxFailure {
  const issues: ValidationIssue[] = []
  // Coercion writes into these objects: each is a copy, or the shared empty one when nothing was
  // sent (coercion has nothing to write then), so the common request allocates none of them.
  const params = isEmpty(rawParams) ? NOTHING : { ...rawParams }
  check(operation.validatePath, params, 'path', issues)

  let query = NOTHING
  let declaredHeaders = NOTHING
  for (const parameter of operation.parameters) {
    if (parameter.in === 'query') {
      const values = searchParams.getAll(parameter.name)
      if (values.length === 0) continue
      if (query === NOTHING) query = {}
      query[parameter.name] = parameter.isArray ? values : values[0]
    } else if (parameter.in === 'header') {
      const name = parameter.name.toLowerCase()
      const value = headers[name]
      if (value === undefined) continue
      if (declaredHeaders === NOTHING) declaredHeaders = {}
      declaredHeaders[name] = value
    }
  }
  check(operation.validateQuery, query, 'query', issues)
  check(operation.validateHeaders, declaredHeaders, 'header', issues)

  let body = parsed.value
  if (parsed.mediaType === undefined) {
    if (operation.bodyRequired)
      issues.push({
        location: 'body',
        path: '',
        pointer: '',
        reason: 'request body is required',
      })
  } else {
    const validate = operation.validateBody.get(parsed.mediaType) as ValidateFunction
    check(validate, parsed.forValidation, 'body', issues)
    if (
      parsed.mediaType !== 'application/json' &&
      isPlainObject(parsed.value) &&
      isPlainObject(parsed.forValidation)
    ) {
      // Give routes the coerced form values ("true" → true), but keep uploaded files as Files.
      body = { ...parsed.value }
      for (const [name, coerced] of Object.entries(parsed.forValidation)) {
        if (typeof (body as Record<string, unknown>)[name] === 'string')
          (body as Record<string, unknown>)[name] = coerced
      }
    }
  }
  if (issues.length > 0) return { kind: 'validation', issues }
  return { params, query, body }
}

function check(
  validate: ValidateFunction,
  value: unknown,
  location: ValidationIssue['location'],
  issues: ValidationIssue[],
) {
  if (validate(value)) return
  for (const issue of locateIssues(validate.errors)) {
    // `$.products[0].price` → `products[0].price`; a quoted first key (`$["x-api-key"]`) → `x-api-key`.
    const path = issue.path
      .replace(/^\$\.?/, '')
      .replace(/^\["((?:[^"\\]|\\.)*)"\]/, (_, key: string) => JSON.parse(`"${key}"`))
    issues.push({ location, path, pointer: issue.pointer, reason: issue.message })
  }
}

/** Path, query or header values when none were sent: frozen, so nothing can write into the shared one. */
const NOTHING: Record<string, unknown> = Object.freeze({})

function isEmpty(record: Record<string, unknown>): boolean {
  for (const _ in record) return false
  return true
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
