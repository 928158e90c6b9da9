/**
 * The admin API's one error shape: `{"error": "[martech-sandbox] Failed to …"}`, with `issues`
 * (each with its JSON path) when the request breaks openapi/admin.yaml.
 */
import type { SandboxFailure, ValidationIssue } from '../sandbox/failures.ts'
import { formatMessage } from '../sandbox/format-message.ts'
import { json, type RouteResult } from '../sandbox/route-result.ts'
import type { OperationSpec } from '../sandbox/route-table.ts'
import { asErrorAnswer, type ErrorAnswer } from '../sandbox/sandbox-error.ts'

const PREFIX = '[martech-sandbox] '

/** An admin error answer; the message is given the sandbox's prefix when it lacks it. */
export function adminError(status: number, message: string): ErrorAnswer {
  return asErrorAnswer(
    json(status, { error: message.startsWith(PREFIX) ? message : `${PREFIX}${message}` }),
  )
}

/** `limit` → `$.limit`, `rateLimits.connectif` → `$.rateLimits.connectif`, `[0]` → `$[0]`. */
export function jsonPath(path: string): string {
  if (path === '') return '$'
  return path.startsWith('[') ? `$${path}` : `$.${path}`
}

const describe = (operation: OperationSpec | undefined) =>
  operation ? `${operation.method} /__admin${operation.path}` : 'admin request'

function renderValidation(issues: ValidationIssue[], operation: OperationSpec | undefined) {
  const listed = issues.map((issue) => ({
    in: issue.location,
    path: jsonPath(issue.path),
    reason: issue.reason,
  }))
  const first = listed[0]
  const reason = first ? `${first.path} ${first.reason}` : 'the request breaks openapi/admin.yaml'
  return json(422, {
    error: formatMessage('validate', describe(operation), reason),
    issues: listed,
  })
}

export function renderFailure(failure: SandboxFailure, operation?: OperationSpec): RouteResult {
  switch (failure.kind) {
    case 'route-not-found':
    case 'method-not-allowed':
      return adminError(
        failure.kind === 'route-not-found' ? 404 : 405,
        formatMessage(
          'route',
          `${failure.method} /__admin${failure.path}`,
          'no such admin endpoint',
          'See openapi/admin.yaml or README.md, "Admin API"',
        ),
      )
    case 'validation':
      return renderValidation(failure.issues, operation)
    case 'malformed-body':
      return adminError(400, formatMessage('read', describe(operation), failure.reason))
    case 'unsupported-media-type':
      return adminError(
        415,
        formatMessage(
          'read',
          describe(operation),
          `expected ${failure.expected.join(' or ')}, got ${failure.received ?? 'no content type'}`,
        ),
      )
    case 'payload-too-large':
      return adminError(
        413,
        formatMessage('read', describe(operation), `the body is over ${failure.limitBytes} bytes`),
      )
    case 'rejected':
      return adminError(failure.status, failure.message)
    // The admin API takes no credential and has no limit; these cannot happen, but answer sanely.
    case 'unauthenticated':
      return adminError(401, formatMessage('authenticate', describe(operation), failure.reason))
    case 'forbidden':
      return adminError(403, formatMessage('authorize', describe(operation), failure.scope))
    case 'rate-limited':
      return adminError(429, formatMessage('answer', describe(operation), 'rate limited'))
  }
}
