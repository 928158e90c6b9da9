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
import { Ajv2020, type Options, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type { OpenApiDocument } from './openapi-document.ts'

export type { LocatedSchemaIssue, SchemaIssue } from './schema-issues.ts'
export {
  formatIssues,
  locateIssues,
  pruneCompositionErrors,
  toJsonPath,
} from './schema-issues.ts'

// ajv-formats is CommonJS; under nodenext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

/** Connectif's phone format: `+` then 7–15 digits (E.164), the form its docs call "international". */
const INTERNATIONAL_PHONE = /^\+[1-9]\d{6,14}$/

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
  // Built on the first compile: a sandbox that never validates a service's request pays nothing.
  let instance: Ajv2020 | undefined
  const ajv = () => (instance ??= createAjv(document, id, options))
  const id = `openapi:${name}`
  const compiled = new Map<string, ValidateFunction>()
  return {
    compile<T>(pointer: string): ValidateFunction<T> {
      let validate = compiled.get(pointer)
      if (!validate) {
        validate = ajv().compile({ $ref: `${id}${pointer}` })
        compiled.set(pointer, validate)
      }
      return validate as ValidateFunction<T>
    },
    compileObject(properties, required) {
      return ajv().compile({
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(properties).map(([key, pointer]) => [key, { $ref: `${id}${pointer}` }]),
        ),
        required,
      })
    },
  }
}

/**
 * The ajv instance every validator of `document` compiles with; `scripts/` uses it too, to emit
 * standalone validators (`code`), so both agree on formats and options.
 */
export function createAjv(
  document: OpenApiDocument,
  id: string,
  options: SchemaValidatorOptions & Pick<Options, 'code'> = {},
): Ajv2020 {
  const ajv = new Ajv2020({
    coerceTypes: options.coerceTypes ? 'array' : false,
    code: options.code,
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
  ajv.addSchema(document as object, id)
  return ajv
}
