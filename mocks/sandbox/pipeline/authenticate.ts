/**
 * The auth stage: reads the service's credential and finds its account, then checks the scope the
 * operation needs. Missing, malformed or unknown credentials are 401; a known key without the
 * scope is 403.
 */
import { type AccountRegistry, type AuthenticatedKey, hasScope } from '../accounts.ts'
import type { SandboxFailure } from '../failures.ts'
import type { OperationSpec } from '../route-table.ts'
import type { ServiceDefinition } from '../service-definition.ts'

export function authenticate(
  service: ServiceDefinition<unknown>,
  accounts: AccountRegistry,
  headers: Record<string, string>,
  operation: OperationSpec | undefined,
): AuthenticatedKey | SandboxFailure {
  const credential = service.readCredential?.(headers)
  if (credential === undefined) return { kind: 'unauthenticated', reason: 'missing' }
  if (credential === null) return { kind: 'unauthenticated', reason: 'malformed' }
  const found = accounts.authenticate(service.name, credential)
  if (!found) return { kind: 'unauthenticated', reason: 'unknown' }
  const scope = operation && service.scopeOf?.(operation)
  if (scope && !hasScope(found.key, scope)) return { kind: 'forbidden', scope }
  return found
}
