/**
 * Every answer a behaviour suite gets, checked against its operation's documented response: the
 * media type the spec gives for that status, and the body against that media type's schema.
 * `watchResponses(sandbox)` listens on the engine's `request:end` event, so nothing in the suites
 * changes; `useTarget` fails a test whose answers break the spec. A status the operation does not
 * document (a fault rule's 503) is left to the status tests (test/openapi, test/fuzz).
 */
import type { ValidateFunction } from 'ajv'
import type { Sandbox } from '../../mocks/create-sandbox.ts'
import type { SandboxEventMap } from '../../mocks/sandbox/dispatch.ts'
import { SERVICES } from '../../mocks/services.ts'
import { createSchemaValidator, formatIssues } from '../../src/openapi/schema-validator.ts'
import { documentedResponse, type FuzzOperation, listFuzzOperations } from '../fuzz/operations.ts'

export interface SchemaMismatch {
  service: string
  operationId: string
  status: number
  /** What was wrong: the media type, or the body's first schema issues. */
  detail: string
}

type Answer = SandboxEventMap['request:end']

/** Builds the operations and compiles the schemas once, for every sandbox of the test run. */
function createResponseChecker() {
  const services = new Map(
    SERVICES.map((service) => {
      const operations = new Map(
        listFuzzOperations(service.name, service.document).map((op) => [op.operationId, op]),
      )
      const schemas = createSchemaValidator(service.document, `responses-${service.name}`)
      const compiled = new Map<string, ValidateFunction>()
      const compile = (pointer: string) => {
        let validate = compiled.get(pointer)
        if (!validate) {
          validate = schemas.compile(pointer)
          compiled.set(pointer, validate)
        }
        return validate
      }
      return [service.name, { operations, compile }] as const
    }),
  )

  return function check(answer: Answer): SchemaMismatch | undefined {
    const service = services.get(answer.service)
    const operation: FuzzOperation | undefined = answer.operationId
      ? service?.operations.get(answer.operationId)
      : undefined
    if (!service || !operation) return undefined
    const documented = documentedResponse(operation, answer.status)
    if (!documented) return undefined
    const mismatch = (detail: string): SchemaMismatch => ({
      service: answer.service,
      operationId: operation.operationId,
      status: answer.status,
      detail,
    })
    const { body } = answer.response
    const mediaTypes = Object.keys(documented.contents)
    if (body === undefined || body === null || body === '') {
      return mediaTypes.length === 0 || answer.status === 204
        ? undefined
        : mismatch(`no body, where the spec documents ${mediaTypes.join(', ')}`)
    }
    const contentType = headerOf(answer.response.headers, 'content-type')
    const mediaType = (
      contentType ?? (typeof body === 'string' ? 'text/plain' : 'application/json')
    )
      .split(';')[0]
      ?.trim()
      .toLowerCase() as string
    if (!(mediaType in documented.contents))
      return mismatch(
        `answered ${mediaType}, the spec documents ${mediaTypes.join(', ') || 'no body'}`,
      )
    const pointer = documented.contents[mediaType]
    // Bytes (a ZIP, a CSV file) have no schema to check beyond their media type.
    if (pointer === undefined || body instanceof Uint8Array) return undefined
    const validate = service.compile(pointer)
    if (validate(body)) return undefined
    const issues = formatIssues(validate.errors)
      .slice(0, 3)
      .map((issue) => `${issue.path} ${issue.message}`)
    return mismatch(`${mediaType} body breaks ${pointer}: ${issues.join('; ')}`)
  }
}

let checker: ReturnType<typeof createResponseChecker> | undefined

/** Starts checking the sandbox's answers; `take()` returns (and forgets) the mismatches so far. */
export function watchResponses(sandbox: Sandbox) {
  checker ??= createResponseChecker()
  const check = checker
  const found: SchemaMismatch[] = []
  const stop = sandbox.events.on('request:end', (answer) => {
    const mismatch = check(answer)
    if (mismatch) found.push(mismatch)
  })
  return {
    take(): SchemaMismatch[] {
      return found.splice(0, found.length)
    },
    stop,
  }
}

function headerOf(headers: Record<string, string>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value
  return undefined
}
