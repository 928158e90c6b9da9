/**
 * `/__admin/pact/provider-states`: the state-change URL the Pact Verifier calls before (setup)
 * and after (teardown) each interaction, with `{"state", "params", "action"}`.
 *
 * - `GET ?service=<name>` lists the states the sandbox knows (of that service, or all).
 * - `POST ?account=<id>&service=<name>` runs one state of that service (looked up among all
 *   services' when none is given) against that account (default: the default account), and
 *   answers 200 with the values the state hands the pact (Pact's provider-state injected values).
 * - The empty state `""` is a no-op: the Verifier sends it for interactions that have no state.
 * - An unknown state answers 400 naming it and listing the known ones.
 */
import { formatMessage } from '../../mocks/sandbox/format-message.ts'
import { json, type RouteResult } from '../../mocks/sandbox/route-result.ts'
import type { SandboxCore } from '../../mocks/sandbox/sandbox.ts'
import { findProviderState, hasProviderStates, providerStateNames } from './registry.ts'
import { stateSandboxOf } from './state-sandbox.ts'

const failure = (status: number, subject: string, reason: string, advice?: string) =>
  json(status, { error: formatMessage('set up', subject, reason, advice) })

export async function handleProviderStateRequest(
  core: SandboxCore,
  method: string,
  query: URLSearchParams,
  body: Record<string, unknown>,
): Promise<RouteResult> {
  const service = query.get('service') ?? undefined
  if (service !== undefined && !hasProviderStates(service))
    return failure(404, 'provider states', `no service "${service}" in this sandbox`)
  if (method === 'GET') return json(200, { states: providerStateNames(service) })
  const { state, params, action = 'setup' } = body
  if (typeof state !== 'string')
    return failure(400, 'provider state', 'the body needs "state" (a string)')
  if (action !== 'setup' && action !== 'teardown')
    return failure(
      400,
      state,
      `"action" must be "setup" or "teardown", got ${JSON.stringify(action)}`,
    )
  if (params !== undefined && (typeof params !== 'object' || params === null))
    return failure(400, state, '"params" must be an object')
  if (state === '') return json(200, {})
  const found = findProviderState(state, service)
  if (!found)
    return failure(
      400,
      state,
      `the sandbox knows no such ${service ? `${service} ` : ''}provider state`,
      `Known states: ${providerStateNames(service).join('; ')}`,
    )
  const accountId = query.get('account') ?? core.defaultAccount.account.id
  if (!core.accounts.get(accountId))
    return failure(404, state, `no account ${accountId}`, 'See GET /__admin/accounts')
  const context = {
    sandbox: stateSandboxOf(core),
    accountId,
    params: { ...found.params, ...(params as Record<string, unknown> | undefined) },
  }
  try {
    if (action === 'teardown') {
      await found.definition.teardown?.(context)
      return json(200, {})
    }
    return json(200, (await found.definition.setup(context)) ?? {})
  } catch (error) {
    if (isCallersMistake(error)) return failure(400, state, error.message)
    throw error
  }
}

/** Bad params or data: the engine's checks throw a TypeError or a 4xx SandboxError. */
function isCallersMistake(error: unknown): error is Error {
  if (error instanceof TypeError) return true
  const status = (error as { status?: unknown } | undefined)?.status
  return error instanceof Error && typeof status === 'number' && status >= 400 && status < 500
}
