/**
 * Sends one request through the sandbox's own pipeline (auth, rate limit, validation, route), in
 * process, for states that are only reachable the way a client reaches them: a job with a
 * sandbox-made id, a rate-limit window that is full.
 */

import type { RouteResult } from '../../mocks/sandbox/route-result.ts'
import type { ServiceName } from '../../mocks/sandbox-types.ts'
import type { StateSandbox } from './define-provider-state.ts'

export interface ServiceCall {
  method: string
  path: string
  headers: Record<string, string>
  body?: Uint8Array
}

export function callService(
  sandbox: StateSandbox,
  service: ServiceName,
  call: ServiceCall,
): Promise<RouteResult> {
  const origin = `https://${sandbox.core.services.get(service)?.definition.hosts[0]}`
  return sandbox.dispatch({
    service,
    method: call.method,
    path: call.path,
    query: new URLSearchParams(),
    headers: call.headers,
    body: call.body,
    baseUrl: origin,
    adminUrl: `${origin}/__admin`,
  })
}

/** A response header by name, whatever its case in the RouteResult. */
export function headerOf(result: RouteResult, name: string): string | undefined {
  const wanted = name.toLowerCase()
  return Object.entries(result.headers ?? {}).find(([key]) => key.toLowerCase() === wanted)?.[1]
}
