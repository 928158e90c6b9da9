/**
 * The Pact provider states are contracts/' own (`contracts/provider-states`): these routes hand
 * them the request as the Verifier sent it, and pass their answer on as it is, so the state
 * handler keeps its own checks and messages (400 naming what is wrong).
 */
import { handleProviderStateRequest } from '../../../contracts/provider-states/index.ts'
import type { RouteResult } from '../../sandbox/route-result.ts'
import type { AdminState } from '../state.ts'

/** The state handler's answer to `method` with this query and body. */
export function answerProviderStates(
  state: AdminState,
  method: 'GET' | 'POST',
  query: Record<string, string | undefined>,
  body: unknown,
): Promise<RouteResult> {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(query))
    if (value !== undefined) search.set(name, value)
  return handleProviderStateRequest(state.core, method, search, objectOf(body))
}

/** `value` when it is a JSON object, else an empty one. */
export function objectOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {}
}
