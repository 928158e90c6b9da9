/**
 * How the reference CRM answers a request the engine stops before the route: Jivo-style, a JSON
 * object whose `result` is the error text (Jivo reads any result but "ok" as one) [C:S1], with
 * the status an HTTP server would use [INF: Jivo documents no status codes].
 *
 * @see shared/research/jivochat.md §4.1
 */
import type { SandboxFailure } from '../sandbox/failures.ts'
import { json, type RouteResult } from '../sandbox/route-result.ts'
import type { OperationSpec } from '../sandbox/route-table.ts'
import { asErrorAnswer, type ErrorAnswer } from '../sandbox/sandbox-error.ts'

const ENDPOINT = 'the reference CRM receives JivoChat webhooks at POST /jivochat/crm'

export function jivoError(status: number, result: string): ErrorAnswer {
  return asErrorAnswer(json(status, { result }))
}

export function renderFailure(failure: SandboxFailure, _operation?: OperationSpec): RouteResult {
  switch (failure.kind) {
    // No operation here needs a credential, so the engine asks for one only on unknown paths.
    case 'unauthenticated':
    case 'route-not-found':
      return jivoError(404, `No such endpoint: ${ENDPOINT}`)
    case 'method-not-allowed':
      return jivoError(405, `${failure.method} is not allowed: ${ENDPOINT}`)
    case 'forbidden':
      return jivoError(403, 'Forbidden')
    case 'rate-limited':
      return jivoError(429, 'Too many requests')
    case 'unsupported-media-type':
      return jivoError(
        415,
        `Expected a JSON body (Content-Type: application/json), got ${failure.received ?? 'none'}`,
      )
    case 'malformed-body':
      return jivoError(400, `The body is not JSON: ${failure.reason}`)
    case 'payload-too-large':
      return jivoError(413, `The body is over ${failure.limitBytes} bytes`)
    case 'rejected':
      return jivoError(failure.status, failure.message)
    case 'validation':
      return jivoError(
        400,
        'Empty body: expected a JivoChat webhook, a JSON object with event_name',
      )
  }
}
