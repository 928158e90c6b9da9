/**
 * Every status the engine can answer an operation with, before its route runs, is documented for
 * that operation: each failure the operation can meet (no or a bad credential, a missing scope,
 * a rate limit, a bad body, media type or size, an invalid parameter), rendered by the service
 * itself. What routes answer on their own is checked by the fuzz suite (test/fuzz).
 */
import { describe, expect, it } from 'vitest'
import type { SandboxFailure } from '../../mocks/sandbox/failures.ts'
import { buildRouteTable, type OperationSpec } from '../../mocks/sandbox/route-table.ts'
import type { ServiceDefinition } from '../../mocks/sandbox/service-definition.ts'
import { SERVICES } from '../../mocks/services.ts'
import { documentedResponse, type FuzzOperation, listFuzzOperations } from '../fuzz/operations.ts'

/**
 * Whether some value of the parameter fails its schema: anything but an unconstrained string (a
 * path segment is never empty, so `minLength: 1` cannot fail there).
 */
function canFail(spec: FuzzOperation, name: string): boolean {
  const parameter = spec.parameters.find((p) => p.name === name)
  const schema = parameter?.schema ?? {}
  const constraints = Object.keys(schema).filter(
    (key) =>
      !['type', 'description', 'example', 'examples', 'x-inferred'].includes(key) &&
      !(key === 'minLength' && parameter?.in === 'path' && Number(schema.minLength) <= 1),
  )
  return schema.type !== 'string' || constraints.length > 0
}

function reachableFailures(
  service: ServiceDefinition<unknown>,
  operation: OperationSpec,
  spec: FuzzOperation,
): SandboxFailure[] {
  const failures: SandboxFailure[] = []
  if (operation.requiresAuth) {
    for (const reason of ['missing', 'malformed', 'unknown'] as const)
      failures.push({ kind: 'unauthenticated', reason })
    const scope = service.scopeOf?.(operation)
    if (scope) failures.push({ kind: 'forbidden', scope })
    // Any account can be given a limit through the admin API.
    const verdict = { allowed: false, limit: 1, remaining: 0, resetAt: 0, retryAfterSeconds: 60 }
    failures.push({ kind: 'rate-limited', verdict })
  }
  if (operation.requestContentTypes.length > 0) {
    failures.push(
      {
        kind: 'unsupported-media-type',
        received: 'text/plain',
        expected: operation.requestContentTypes,
      },
      { kind: 'malformed-body', reason: 'invalid json: nested deeper than 100 levels' },
      { kind: 'payload-too-large', limitBytes: 1024 },
      {
        kind: 'validation',
        issues: [{ location: 'body', path: 'x', pointer: '/x', reason: 'must be string' }],
      },
    )
    if (operation.bodyRequired)
      failures.push({
        kind: 'validation',
        issues: [{ location: 'body', path: '', pointer: '', reason: 'request body is required' }],
      })
  }
  for (const parameter of operation.parameters) {
    if (parameter.in === 'cookie' || !canFail(spec, parameter.name)) continue
    failures.push({
      kind: 'validation',
      issues: [
        {
          location: parameter.in,
          path: parameter.name,
          pointer: `/${parameter.name}`,
          reason: 'must be integer',
        },
      ],
    })
  }
  return failures
}

for (const service of SERVICES) {
  const table = buildRouteTable(service.document, service.name)
  const documented = new Map(
    listFuzzOperations(service.name, service.document).map((o) => [o.operationId, o]),
  )
  describe(`openapi for ${service.name}`, () => {
    it('documents every status the engine can answer each operation with', () => {
      const undocumented: string[] = []
      for (const operation of table.operations.values()) {
        const spec = documented.get(operation.operationId)
        if (!spec) throw new Error(`no operation ${operation.operationId} in the document`)
        for (const failure of reachableFailures(service, operation, spec)) {
          const { status } = service.renderFailure(failure, operation)
          if (!documentedResponse(spec, status))
            undocumented.push(`${operation.operationId} ${status} (${failure.kind})`)
        }
      }
      expect([...new Set(undocumented)]).toEqual([])
    })
  })
}
