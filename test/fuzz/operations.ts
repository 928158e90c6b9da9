/**
 * The fuzz suite's view of a service: every operation of the document the sandbox serves, with
 * its parameters, request bodies (and their spec examples), security and documented responses,
 * every `$ref` resolved. Built from the documents alone, so what the suite expects is what the
 * spec says, not what the engine does.
 */
import { MAX_PARAM_LENGTH } from '../../mocks/sandbox/pipeline/path-router.ts'
import type { OpenApiDocument } from '../../src/openapi/openapi-document.ts'
import { escapePointer, resolveRef } from '../support/openapi-documents.ts'

type Node = Record<string, unknown>

export interface FuzzParameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required: boolean
  schema: Node
  /** A value the spec gives (example, enum, default), or undefined. */
  example: unknown
}

export interface FuzzBody {
  mediaType: string
  schema: Node
  /** The spec's examples of the body (may be none). */
  examples: unknown[]
}

export interface FuzzResponse {
  /** media type → JSON pointer of its schema (undefined when the media type has none). */
  contents: Record<string, string | undefined>
}

export interface FuzzOperation {
  service: string
  operationId: string
  method: string
  /** The path template, `/contacts/email/{email}`. */
  path: string
  parameters: FuzzParameter[]
  bodyRequired: boolean
  bodies: FuzzBody[]
  /** Alternatives; each names the schemes that must all be present. `[]` alone: no credential. */
  security: Array<Record<string, unknown>>
  /** status code, `4XX`-style range or `default` → what the spec documents. */
  responses: Record<string, FuzzResponse>
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const

export function listFuzzOperations(service: string, document: OpenApiDocument): FuzzOperation[] {
  const operations: FuzzOperation[] = []
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = resolveRef(document, rawItem as Node)
    for (const method of METHODS) {
      const operation = item[method] as Node | undefined
      if (!operation) continue
      const pointer = `#/paths/${escapePointer(path)}/${method}`
      const parameters = [
        ...((item.parameters ?? []) as Node[]),
        ...((operation.parameters ?? []) as Node[]),
      ].map((raw) => toParameter(document, raw))
      const body = operation.requestBody
        ? resolveRef(document, operation.requestBody as Node)
        : undefined
      operations.push({
        service,
        operationId: operation.operationId as string,
        method: method.toUpperCase(),
        path,
        parameters,
        bodyRequired: body?.required === true,
        bodies: Object.entries((body?.content ?? {}) as Node).map(([mediaType, media]) => {
          const examples = examplesOf(document, media as Node)
          return {
            mediaType,
            schema: ((media as Node).schema ?? {}) as Node,
            // A receiver of the document's webhooks (JivoChat's CRM) gets their examples.
            examples: examples.length > 0 ? examples : webhookExamples(document),
          }
        }),
        security: (operation.security ?? document.security ?? []) as Array<Record<string, unknown>>,
        responses: responsesOf(document, operation, pointer),
      })
    }
  }
  return operations
}

function toParameter(document: OpenApiDocument, raw: Node): FuzzParameter {
  const parameter = resolveRef(document, raw)
  const schema = resolveRef(document, (parameter.schema ?? {}) as Node)
  return {
    name: parameter.name as string,
    in: parameter.in as FuzzParameter['in'],
    required: parameter.required === true,
    schema,
    example:
      exampleOf(document, parameter) ??
      schema.example ??
      (schema.examples as unknown[] | undefined)?.[0] ??
      (schema.enum as unknown[] | undefined)?.[0] ??
      schema.default,
  }
}

/** The first example of a parameter object: `example`, then `examples`. */
function exampleOf(document: OpenApiDocument, holder: Node): unknown {
  return examplesOf(document, holder)[0]
}

/** Every example of a media type or parameter object. */
function examplesOf(document: OpenApiDocument, holder: Node): unknown[] {
  const found: unknown[] = 'example' in holder ? [holder.example] : []
  for (const example of Object.values((holder.examples ?? {}) as Node)) {
    const resolved = resolveRef(document, example as Node)
    if ('value' in resolved) found.push(resolved.value)
  }
  return found
}

function webhookExamples(document: OpenApiDocument): unknown[] {
  return Object.values(document.webhooks ?? {}).flatMap((item) => {
    const body = (item as Node).post
      ? resolveRef(document, ((item as Node).post as Node).requestBody as Node)
      : undefined
    return Object.values((body?.content ?? {}) as Node).flatMap((media) =>
      examplesOf(document, media as Node),
    )
  })
}

function responsesOf(
  document: OpenApiDocument,
  operation: Node,
  operationPointer: string,
): Record<string, FuzzResponse> {
  const out: Record<string, FuzzResponse> = {}
  for (const [status, raw] of Object.entries((operation.responses ?? {}) as Node)) {
    const ref = (raw as Node).$ref
    const base =
      typeof ref === 'string' ? ref : `${operationPointer}/responses/${escapePointer(status)}`
    const response = resolveRef(document, raw as Node)
    const contents: Record<string, string | undefined> = {}
    for (const [mediaType, media] of Object.entries((response.content ?? {}) as Node)) {
      contents[mediaType] = (media as Node).schema
        ? `${base}/content/${escapePointer(mediaType)}/schema`
        : undefined
    }
    out[status] = { contents }
  }
  return out
}

/** The documented response for a status: exact code, then `4XX`, then `default`. */
export function documentedResponse(
  operation: FuzzOperation,
  status: number,
): FuzzResponse | undefined {
  return (
    operation.responses[String(status)] ??
    operation.responses[`${String(status)[0]}XX`] ??
    operation.responses.default
  )
}

/**
 * The operation a concrete request path reaches, matched segment by segment against the
 * templates (a literal segment beats a parameter, as routers do); undefined when none matches.
 */
export function matchOperation(
  operations: FuzzOperation[],
  method: string,
  path: string,
): FuzzOperation | undefined {
  const segments = trimSlashes(path).split('/')
  let best: FuzzOperation | undefined
  let bestLiterals = -1
  for (const operation of operations) {
    if (operation.method !== method) continue
    const template = trimSlashes(operation.path).split('/')
    if (template.length !== segments.length) continue
    let literals = 0
    let matches = true
    for (const [i, part] of template.entries()) {
      const segment = segments[i] as string
      if (part.startsWith('{') && part.endsWith('}')) {
        // A value that does not percent-decode, or is longer than the router takes, names no
        // resource: no route takes it (404 for the whole server, like an overlong URL).
        if (segment === '' || segment.length > MAX_PARAM_LENGTH || !decodes(segment))
          matches = false
      } else if (part === segment) literals++
      else matches = false
      if (!matches) break
    }
    if (matches && literals > bestLiterals) {
      best = operation
      bestLiterals = literals
    }
  }
  return best
}

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment)
    return true
  } catch {
    return false
  }
}

const trimSlashes = (path: string) => path.replace(/^\/+|\/+$/g, '')
