/**
 * Builds a service's route table from its OpenAPI document: a trie router (path-router.ts) from
 * method + path to the operation, and one pre-compiled validator per operation for its path
 * parameters, query and body. Built once per document and shared by every sandbox, so creating a
 * sandbox in each test costs no ajv compile.
 *
 * Strict at start-up, like stripe-mock: an operation with no route function, a route function
 * with no operation, or a schema keyword the validator does not understand is an error, so
 * drift between spec and code fails loudly instead of answering wrongly.
 */

import type { ValidateFunction } from 'ajv'
import type { OpenApiDocument } from '../../src/openapi/openapi-document.ts'
import { createSchemaValidator } from '../../src/openapi/schema-validator.ts'
import { formatMessage } from './format-message.ts'
import { PathRouter } from './pipeline/path-router.ts'

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const

/** JSON Schema and OpenAPI keywords the documents may use (openapi/README.md keeps the same list). */
const SUPPORTED_KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'oneOf',
  'anyOf',
  'allOf',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'description',
  'examples',
  'example',
  'default',
  'readOnly',
  'writeOnly',
  'deprecated',
  'discriminator',
  'contentMediaType',
  '$ref',
  'title',
  'not',
  'propertyNames',
  'patternProperties',
  'multipleOf',
  'externalDocs',
])

export interface ParameterSpec {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required: boolean
  /** The parameter's schema type, to read repeated query keys as arrays. */
  isArray: boolean
}

export interface OperationSpec {
  operationId: string
  method: string
  /** The OpenAPI path template, `/contacts/email/{email}`. */
  path: string
  /** False where the operation sets `security: []` (or the document has no security). */
  requiresAuth: boolean
  /** Names of the security schemes that can authorize the operation (its own `security`, else the document's). */
  securitySchemes: string[]
  parameters: ParameterSpec[]
  /** Media types the operation accepts, in the spec's order. */
  requestContentTypes: string[]
  bodyRequired: boolean
  validatePath: ValidateFunction
  validateQuery: ValidateFunction
  validateHeaders: ValidateFunction
  /** One validator per accepted media type. */
  validateBody: Map<string, ValidateFunction>
}

export interface RouteMatch {
  operation: OperationSpec
  /** Path parameters, percent-decoded. */
  params: Record<string, string>
}

export interface RouteTable {
  readonly service: string
  /** Whether the document as a whole requires a credential (its top-level `security`). */
  readonly requiresAuth: boolean
  readonly operations: ReadonlyMap<string, OperationSpec>
  /** The operation serving `method path`, or undefined. `path` has no query string. */
  find(method: string, path: string): RouteMatch | undefined
  /** Methods that do match `path`, for telling 405 from 404. */
  allowedMethods(path: string): string[]
}

type Node = Record<string, unknown>

const tables = new WeakMap<OpenApiDocument, RouteTable>()

/**
 * The route table of `document`, built on first use and then reused. `operationIds` are the keys
 * of the service's route map; both sides must match exactly.
 */
export function getRouteTable(
  document: OpenApiDocument,
  service: string,
  operationIds: string[],
): RouteTable {
  let table = tables.get(document)
  if (!table) {
    table = buildRouteTable(document, service)
    tables.set(document, table)
  }
  assertRoutesMatchSpec(table, operationIds)
  return table
}

function assertRoutesMatchSpec(table: RouteTable, operationIds: string[]): void {
  const inSpec = [...table.operations.keys()]
  const missing = inSpec.filter((id) => !operationIds.includes(id))
  const extra = operationIds.filter((id) => !table.operations.has(id))
  if (missing.length || extra.length) {
    throw new Error(
      formatMessage(
        'build',
        `${table.service} route table`,
        [
          missing.length ? `operations without a route: ${missing.join(', ')}` : '',
          extra.length
            ? `routes without an operation in openapi/${table.service}.yaml: ${extra.join(', ')}`
            : '',
        ]
          .filter(Boolean)
          .join('; '),
        `Add mocks/${table.service}/routes/<operationId>.ts for each, or fix the spec`,
      ),
    )
  }
}

export function buildRouteTable(document: OpenApiDocument, service: string): RouteTable {
  const strict = createSchemaValidator(document, service)
  const coercing = createSchemaValidator(document, service, { coerceTypes: true })
  const router = new PathRouter<OperationSpec>()
  const operations = new Map<string, OperationSpec>()
  const documentRequiresAuth = Array.isArray(document.security) && document.security.length > 0

  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const itemPointer = `#/paths/${escapePointer(path)}`
    const item = rawItem as Node
    for (const method of METHODS) {
      const operation = item[method] as Node | undefined
      if (!operation) continue
      const operationId = operation.operationId as string
      const pointer = `${itemPointer}/${method}`
      const parameters = collectParameters(document, item, operation, itemPointer, pointer)
      const schemaOf = (where: ParameterSpec['in']) =>
        Object.fromEntries(
          parameters.filter((p) => p.spec.in === where).map((p) => [p.spec.name, p.schemaPointer]),
        )
      const requiredOf = (where: ParameterSpec['in']) =>
        parameters.filter((p) => p.spec.in === where && p.spec.required).map((p) => p.spec.name)
      const headerSchemas = Object.fromEntries(
        parameters
          .filter((p) => p.spec.in === 'header')
          .map((p) => [p.spec.name.toLowerCase(), p.schemaPointer]),
      )
      const { contentTypes, bodyRequired, bodyPointer } = describeBody(document, operation, pointer)
      const validateBody = new Map<string, ValidateFunction>()
      for (const type of contentTypes) {
        const validator = type === 'application/json' || type.endsWith('+json') ? strict : coercing
        validateBody.set(
          type,
          compileOnFirstUse(() =>
            validator.compile(`${bodyPointer}/content/${escapePointer(type)}/schema`),
          ),
        )
      }
      const spec: OperationSpec = {
        operationId,
        method: method.toUpperCase(),
        path,
        requiresAuth: Array.isArray(operation.security)
          ? operation.security.length > 0
          : documentRequiresAuth,
        securitySchemes: [
          ...new Set(
            (
              (operation.security ?? document.security ?? []) as Array<Record<string, unknown>>
            ).flatMap((requirement) => Object.keys(requirement)),
          ),
        ],
        parameters: parameters.map((p) => p.spec),
        requestContentTypes: contentTypes,
        bodyRequired,
        validatePath: compileOnFirstUse(() =>
          coercing.compileObject(schemaOf('path'), requiredOf('path')),
        ),
        validateQuery: compileOnFirstUse(() =>
          coercing.compileObject(schemaOf('query'), requiredOf('query')),
        ),
        validateHeaders: compileOnFirstUse(() =>
          coercing.compileObject(
            headerSchemas,
            requiredOf('header').map((name) => name.toLowerCase()),
          ),
        ),
        validateBody,
      }
      operations.set(operationId, spec)
      router.add(spec.method, path, spec)
    }
  }

  return {
    service,
    requiresAuth: documentRequiresAuth,
    operations,
    find(method, path) {
      const found = router.find(method, path)
      return found && { operation: found.value, params: found.params }
    },
    allowedMethods(path) {
      return METHODS.map((m) => m.toUpperCase()).filter((m) => router.find(m, path))
    },
  }
}

/**
 * A validator that compiles its schema when it first runs. Compiling every operation up front
 * cost ~0.4 s of `createSandbox()` (most of `serve`'s cold start); one operation compiles in
 * milliseconds, and most runs touch a handful of operations.
 */
function compileOnFirstUse(compile: () => ValidateFunction): ValidateFunction {
  let compiled: ValidateFunction | undefined
  const validate = ((data: unknown) => {
    compiled ??= compile()
    const valid = compiled(data)
    validate.errors = compiled.errors
    return valid
  }) as ValidateFunction
  return validate
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1')
}

function resolve(document: OpenApiDocument, node: Node): { node: Node; pointer?: string } {
  const ref = node.$ref
  if (typeof ref !== 'string') return { node }
  const target = ref
    .slice(2)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((current, key) => (current as Node | undefined)?.[key], document) as
    | Node
    | undefined
  if (!target) throw new Error(formatMessage('resolve', ref, 'no such component'))
  return { node: target, pointer: ref }
}

function collectParameters(
  document: OpenApiDocument,
  item: Node,
  operation: Node,
  itemPointer: string,
  operationPointer: string,
): Array<{ spec: ParameterSpec; schemaPointer: string }> {
  const byKey = new Map<string, { spec: ParameterSpec; schemaPointer: string }>()
  const add = (list: unknown, basePointer: string) => {
    for (const [index, raw] of ((list ?? []) as Node[]).entries()) {
      const { node, pointer } = resolve(document, raw)
      const schemaPointer = `${pointer ?? `${basePointer}/parameters/${index}`}/schema`
      const schema = node.schema ? resolve(document, node.schema as Node).node : {}
      const spec: ParameterSpec = {
        name: node.name as string,
        in: node.in as ParameterSpec['in'],
        required: node.in === 'path' || node.required === true,
        isArray: schema.type === 'array',
      }
      // Operation-level parameters override path-item ones with the same name and location.
      byKey.set(`${spec.in}:${spec.name}`, { spec, schemaPointer })
    }
  }
  add(item.parameters, itemPointer)
  add(operation.parameters, operationPointer)
  return [...byKey.values()]
}

function describeBody(document: OpenApiDocument, operation: Node, operationPointer: string) {
  if (!operation.requestBody) return { contentTypes: [], bodyRequired: false, bodyPointer: '' }
  const { node, pointer } = resolve(document, operation.requestBody as Node)
  return {
    contentTypes: Object.keys((node.content ?? {}) as Node),
    bodyRequired: node.required === true,
    bodyPointer: pointer ?? `${operationPointer}/requestBody`,
  }
}

/**
 * Fails on a schema keyword outside SUPPORTED_KEYWORDS, naming where it is. The documents ship
 * with the package, so test/openapi/route-tables.test.ts runs this on each of them once instead of
 * every start paying for a walk of the whole document (~15 ms of a cold start).
 */
export function assertSupportedKeywords(document: OpenApiDocument, service: string): void {
  const problems: string[] = []
  const visitSchema = (schema: unknown, where: string): void => {
    if (typeof schema !== 'object' || schema === null) return
    for (const [key, value] of Object.entries(schema)) {
      if (key.startsWith('x-')) continue
      if (!SUPPORTED_KEYWORDS.has(key)) problems.push(`${where}/${key}`)
      if (key === 'properties' || key === 'patternProperties') {
        for (const [name, sub] of Object.entries(value as Node))
          visitSchema(sub, `${where}/${key}/${name}`)
      } else if (
        key === 'items' ||
        key === 'additionalProperties' ||
        key === 'not' ||
        key === 'propertyNames'
      ) {
        visitSchema(value, `${where}/${key}`)
      } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
        for (const [i, sub] of (value as unknown[]).entries())
          visitSchema(sub, `${where}/${key}/${i}`)
      }
    }
  }
  const visitAll = (node: unknown, where: string): void => {
    if (typeof node !== 'object' || node === null) return
    for (const [key, value] of Object.entries(node)) {
      if (key === 'schema') visitSchema(value, `${where}/schema`)
      else if (key !== 'examples' && key !== 'example')
        visitAll(value, `${where}/${escapePointer(key)}`)
    }
  }
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    visitSchema(schema, `#/components/schemas/${name}`)
  }
  for (const [section, value] of Object.entries(document.components ?? {})) {
    if (section !== 'schemas') visitAll(value, `#/components/${section}`)
  }
  visitAll(document.paths, '#/paths')
  visitAll(document.webhooks, '#/webhooks')
  if (problems.length) {
    throw new Error(
      formatMessage(
        'load',
        `openapi/${service}.yaml`,
        `unsupported schema keyword at ${problems.slice(0, 5).join(', ')}${problems.length > 5 ? ` and ${problems.length - 5} more` : ''}`,
        'Use the keywords listed in openapi/README.md, or teach mocks/sandbox/route-table.ts the new one',
      ),
    )
  }
}
