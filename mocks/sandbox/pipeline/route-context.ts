/**
 * Builds the context a route receives. `account` and `key` are there for every operation the spec
 * secures; reading them in one it leaves unsecured (`security: []`) means the spec and the route
 * disagree, a sandbox bug, so the getter throws and the pipeline answers 500 saying so.
 */
import type { AuthenticatedKey } from '../accounts.ts'
import type { RouteContext } from '../define-route.ts'

export interface RouteContextInput extends Omit<RouteContext, 'account' | 'key'> {
  /** Undefined for an operation the spec leaves unsecured. */
  authenticated: AuthenticatedKey | undefined
}

export function createRouteContext(input: RouteContextInput): RouteContext {
  const { authenticated, ...rest } = input
  const context = { ...rest } as RouteContext
  const unsecured = (): never => {
    throw new Error(
      `Operation ${input.operationId} read the caller's account, but its spec security leaves it unsecured`,
    )
  }
  // Not enumerable, so copying the context never trips the getter.
  Object.defineProperties(context, {
    account: { get: authenticated ? () => authenticated.account : unsecured },
    key: { get: authenticated ? () => authenticated.key : unsecured },
  })
  return context
}
