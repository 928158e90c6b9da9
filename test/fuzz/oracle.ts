/**
 * What the fuzz suite accepts as an answer, read from the spec: no 5xx, an answer within 5 s, a
 * status the reached operation documents, and an error body in the documented shape (its media
 * type, and its schema when the spec gives one). A request that reaches no operation must get
 * the gateway's answers (401, 403, 429) or no route (404, 405), in one of the service's documented
 * error shapes. Raw malformed HTTP must get a 4xx with a JSON `{"error"}` (or a closed connection).
 */
import type { ValidateFunction } from 'ajv'
import type { OpenApiDocument } from '../../src/openapi/openapi-document.ts'
import { createSchemaValidator, type SchemaValidator } from '../../src/openapi/schema-validator.ts'
import type { FuzzRequest } from './cases.ts'
import { documentedResponse, type FuzzOperation, matchOperation } from './operations.ts'
import type { Outcome } from './send-case.ts'

export type FindingKind = '5xx' | 'hang' | 'dropped' | 'undocumented' | 'wrong-shape'

export interface Finding {
  kind: FindingKind
  service: string
  operationId: string | undefined
  status: number | undefined
  request: string
  detail: string
}

interface ServiceOracle {
  operations: FuzzOperation[]
  validator: SchemaValidator
  /** Every error schema the document gives, for answers no operation owns. */
  errorSchemas: Array<{ mediaType: string; pointer: string | undefined }>
}

export function createOracle(
  services: Array<{ service: string; document: OpenApiDocument; operations: FuzzOperation[] }>,
) {
  const byService = new Map<string, ServiceOracle>()
  for (const { service, document, operations } of services) {
    const errorSchemas = new Map<string, { mediaType: string; pointer: string | undefined }>()
    for (const operation of operations)
      for (const [status, response] of Object.entries(operation.responses))
        if (/^4/.test(status))
          for (const [mediaType, pointer] of Object.entries(response.contents))
            errorSchemas.set(`${mediaType} ${pointer}`, { mediaType, pointer })
    byService.set(service, {
      operations,
      validator: createSchemaValidator(document, `fuzz-${service}`),
      errorSchemas: [...errorSchemas.values()],
    })
  }

  function judge(request: FuzzRequest, outcome: Outcome): Finding | undefined {
    const oracle = byService.get(request.service)
    const reached =
      oracle && request.method !== 'RAW'
        ? matchOperation(oracle.operations, request.method, pathOf(request.target))
        : undefined
    const finding = (kind: FindingKind, detail: string): Finding => ({
      kind,
      service: request.service,
      operationId: reached?.operationId ?? request.operation?.operationId,
      status: outcome.kind === 'answer' ? outcome.status : undefined,
      request: `${request.kind}: ${request.note} (${request.method} ${request.target.slice(0, 120)})`,
      detail,
    })
    if (outcome.kind === 'hang')
      return finding('hang', `no answer within ${Math.round(outcome.ms)} ms`)
    if (outcome.kind === 'dropped') {
      // Raw garbage may be answered by closing; an ordinary request must get an answer.
      if (request.raw) return undefined
      return finding('dropped', `connection dropped without an answer (${outcome.reason})`)
    }
    const { status, headers, body } = outcome
    if (status >= 500) return finding('5xx', preview(body))
    if (request.kind === 'raw' || (request.raw && !request.operation))
      return judgeRaw(request, outcome, finding)
    if (!oracle) return finding('wrong-shape', `no document for service ${request.service}`)
    if (request.method === 'HEAD' || request.method === 'OPTIONS') {
      // Not in the specs: any 4xx (or a 2xx for HEAD on a GET route) without a 5xx is fine.
      return status < 500 ? undefined : finding('5xx', preview(body))
    }
    // What node:http would not send went over a socket; the parser's refusal is the sandbox's.
    if (isParserRefusal(status, body)) return undefined
    if (!reached) {
      // No operation: the gateway's answers (credential, limit) or no route.
      if (![401, 403, 404, 405, 429].includes(status))
        return finding('undocumented', `${status} for a request no operation matches`)
      return matchesAny(oracle, headers, body)
        ? undefined
        : finding('wrong-shape', `not any documented error shape: ${preview(body)}`)
    }
    const documented = documentedResponse(reached, status)
    if (!documented)
      return finding(
        'undocumented',
        `${reached.operationId} documents ${Object.keys(reached.responses).join(', ')}, not ${status}: ${preview(body)}`,
      )
    if (status < 400) return undefined
    const problem = shapeProblem(oracle.validator, documented.contents, headers, body)
    return problem ? finding('wrong-shape', problem) : undefined
  }

  return { judge }
}

function judgeRaw(
  request: FuzzRequest,
  outcome: Extract<Outcome, { kind: 'answer' }>,
  finding: (kind: FindingKind, detail: string) => Finding,
): Finding | undefined {
  const { status, headers, body } = outcome
  // A raw request the parser accepts is routed like any other; only the parser's own refusals
  // must carry the sandbox's minimal shape.
  if (status >= 400 && headers['content-type'] === 'application/json' && body.byteLength > 0) {
    try {
      JSON.parse(body.toString('utf8'))
    } catch {
      return finding('wrong-shape', `a JSON answer that does not parse: ${preview(body)}`)
    }
  } else if (status >= 400 && body.byteLength === 0 && ![401, 404, 405, 413].includes(status))
    return finding('wrong-shape', `an empty ${status} for ${request.note}`)
  return undefined
}

function shapeProblem(
  validator: SchemaValidator,
  contents: Record<string, string | undefined>,
  headers: Record<string, string>,
  body: Buffer,
): string | undefined {
  const mediaTypes = Object.keys(contents)
  if (mediaTypes.length === 0) return undefined
  const essence = headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? ''
  const mediaType = mediaTypes.find((type) => type === essence)
  if (!mediaType)
    return `Content-Type "${essence}", documented ${mediaTypes.join(' or ')}: ${preview(body)}`
  const pointer = contents[mediaType]
  if (!pointer) return undefined
  let value: unknown = body.toString('utf8')
  if (mediaType.includes('json')) {
    try {
      value = JSON.parse(value as string)
    } catch {
      return `documented JSON, got ${preview(body)}`
    }
  }
  const validate = validator.compile(pointer) as ValidateFunction
  if (validate(value)) return undefined
  return `${preview(body)} breaks ${pointer}: ${validate.errors?.[0]?.instancePath} ${validate.errors?.[0]?.message}`
}

function matchesAny(oracle: ServiceOracle, headers: Record<string, string>, body: Buffer): boolean {
  const essence = headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? ''
  return oracle.errorSchemas.some(
    ({ mediaType, pointer }) =>
      mediaType === essence &&
      shapeProblem(oracle.validator, { [mediaType]: pointer }, headers, body) === undefined,
  )
}

/** The minimal `{"error"}` the server gives what its HTTP parser rejects (README, "Limits"). */
function isParserRefusal(status: number, body: Buffer): boolean {
  return (
    [400, 408, 413, 417, 431].includes(status) &&
    body.toString('utf8').startsWith('{"error":"[martech-sandbox] Failed to read the request')
  )
}

function pathOf(target: string): string {
  const withoutQuery = target.split('?')[0] as string
  const slash = withoutQuery.indexOf('/', 1)
  return slash === -1 ? '/' : withoutQuery.slice(slash)
}

const preview = (body: Buffer) => {
  const text = body.toString('utf8').replace(/\s+/g, ' ')
  return text.length > 200 ? `${text.slice(0, 200)}…` : text || '(empty)'
}
