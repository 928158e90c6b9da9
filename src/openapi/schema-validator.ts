/**
 * Compiles JSON Schemas that live inside an OpenAPI 3.1 document, with ajv (JSON Schema 2020-12,
 * the dialect of OpenAPI 3.1). `$ref`s resolve against the whole document, so a schema is never
 * copied out of its YAML. Compile once, validate many times: compiling is the slow part.
 *
 * @example
 * const schemas = createSchemaValidator(jivochatDocument, 'jivochat')
 * const validate = schemas.compile('#/components/schemas/ChatAcceptedEvent')
 * if (!validate(body)) console.log(formatIssues(validate.errors))
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type { OpenApiDocument } from './openapi-document.ts'

// ajv-formats is CommonJS; under nodenext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

/** Connectif's phone format: `+` then 7–15 digits (E.164), the form its docs call "international". */
const INTERNATIONAL_PHONE = /^\+[1-9]\d{6,14}$/

/** One schema violation, located by a JSONPath-like string (`$.visitor.email`). */
export interface SchemaIssue {
  path: string
  message: string
}

export interface SchemaValidator {
  /** Compiles the schema at `pointer` (`#/components/schemas/Contact`) in the document. */
  compile<T = unknown>(pointer: string): ValidateFunction<T>
  /**
   * Compiles an object schema whose properties are schemas of the document, given by pointer:
   * how a set of path or query parameters is validated as one value.
   */
  compileObject(properties: Record<string, string>, required: string[]): ValidateFunction
}

export interface SchemaValidatorOptions {
  /**
   * Coerce strings to the schema's type (`"20"` → 20, `"true"` → true, `"a"` → `["a"]`): for path,
   * query and form values, which arrive as text. Off for JSON bodies, where types are the client's.
   * @default false
   */
  coerceTypes?: boolean
}

export function createSchemaValidator(
  document: OpenApiDocument,
  name: string,
  options: SchemaValidatorOptions = {},
): SchemaValidator {
  const ajv = new Ajv2020({
    coerceTypes: options.coerceTypes ? 'array' : false,
    // OpenAPI adds keywords JSON Schema does not know (discriminator, example, x-*).
    strict: false,
    allErrors: true,
    // The document is not itself a JSON Schema; only the parts we compile are.
    validateSchema: false,
  })
  addFormats(ajv)
  ajv.addFormat('international', INTERNATIONAL_PHONE)
  // OpenAPI formats that carry no constraint beyond the type.
  for (const format of ['int32', 'int64', 'float', 'double', 'binary', 'password', 'byte']) {
    ajv.addFormat(format, true)
  }
  const id = `openapi:${name}`
  ajv.addSchema(document as object, id)
  const compiled = new Map<string, ValidateFunction>()
  return {
    compile<T>(pointer: string): ValidateFunction<T> {
      let validate = compiled.get(pointer)
      if (!validate) {
        validate = ajv.compile({ $ref: `${id}${pointer}` })
        compiled.set(pointer, validate)
      }
      return validate as ValidateFunction<T>
    },
    compileObject(properties, required) {
      return ajv.compile({
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(properties).map(([key, pointer]) => [key, { $ref: `${id}${pointer}` }]),
        ),
        required,
      })
    },
  }
}

/** `/visitor/email` → `$.visitor.email`; `/custom_data/3` → `$.custom_data[3]`. */
export function toJsonPath(instancePath: string): string {
  if (instancePath === '') return '$'
  return `$${instancePath
    .split('/')
    .slice(1)
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((key) =>
      /^\d+$/.test(key)
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `.${key}`
          : `[${JSON.stringify(key)}]`,
    )
    .join('')}`
}

/**
 * Keeps, for each failed anyOf/oneOf, only the errors of the branch the value was most likely
 * meant for: branches that failed on a `const` or `enum` (a discriminating field such as
 * `exportType`) are
 * set aside, then the branch with the fewest errors wins. Without this a body that picks one
 * variant is told about every other variant too.
 */
export function pruneCompositionErrors(errors: ErrorObject[]): ErrorObject[] {
  let kept = errors
  const compositions = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length)
  for (const composition of compositions) {
    const prefix = `${composition.schemaPath}/`
    const branches = new Map<string, ErrorObject[]>()
    for (const error of kept) {
      if (!error.schemaPath.startsWith(prefix)) continue
      const branch = error.schemaPath.slice(prefix.length).split('/')[0] as string
      branches.set(branch, [...(branches.get(branch) ?? []), error])
    }
    // No branch errors to choose from (both branches matched a oneOf, or they sit behind a $ref).
    if (branches.size === 0) continue
    const all = [...branches.values()]
    const applicable = all.filter(
      (branch) => !branch.some((e) => e.keyword === 'const' || e.keyword === 'enum'),
    )
    const best = (applicable.length ? applicable : all).reduce((a, b) =>
      b.length < a.length ? b : a,
    )
    kept = kept.filter(
      (e) => e !== composition && (!e.schemaPath.startsWith(prefix) || best.includes(e)),
    )
  }
  return kept
}

/** Turns ajv's errors into readable issues, naming the missing property where ajv names it apart. */
export function formatIssues(errors: ErrorObject[] | null | undefined): SchemaIssue[] {
  return pruneCompositionErrors(errors ?? []).map((error) => {
    const base = toJsonPath(error.instancePath)
    if (error.keyword === 'required') {
      const missing = (error.params as { missingProperty: string }).missingProperty
      return { path: toJsonPath(`${error.instancePath}/${missing}`), message: 'is required' }
    }
    if (error.keyword === 'additionalProperties') {
      const extra = (error.params as { additionalProperty: string }).additionalProperty
      return { path: toJsonPath(`${error.instancePath}/${extra}`), message: 'is not allowed' }
    }
    return { path: base, message: error.message ?? error.keyword }
  })
}
