/**
 * The admin API under `/__admin`, as plain functions over the sandbox (no transport): reset,
 * the request journal, accounts and keys, the clock, and fault rules. Services add their own
 * admin routes (`/__admin/<service>/...`) through `adminRoutes` on their definition. Both adapters
 * serve it: the node:http server at `/__admin`, MSW at `<service host>/__admin`.
 */
import { handleProviderStateRequest } from '../../contracts/provider-states/index.ts'
import type { CreateAccountInput } from '../sandbox/accounts.ts'
import { parseDuration } from '../sandbox/duration.ts'
import type { FaultRule } from '../sandbox/faults.ts'
import { json, noContent, type RouteResult } from '../sandbox/route-result.ts'
import type { SandboxCore } from '../sandbox/sandbox.ts'
import { SandboxError } from '../sandbox/sandbox-error.ts'

const decoder = new TextDecoder()

/** A 400 with the one-line reason, the admin API's only error shape. */
export function adminError(status: number, message: string): RouteResult {
  return json(status, { error: `[martech-sandbox] ${message}` })
}

export async function handleAdminRequest(
  sandbox: SandboxCore,
  method: string,
  path: string,
  query: URLSearchParams,
  rawBody: Uint8Array | undefined,
): Promise<RouteResult> {
  let body: Record<string, unknown> = {}
  if (rawBody && rawBody.byteLength > 0) {
    try {
      const parsed = JSON.parse(decoder.decode(rawBody))
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return adminError(400, `Failed to read "${path}" body: expected a JSON object.`)
      }
      body = parsed
    } catch (error) {
      return adminError(400, `Failed to read "${path}" body: ${(error as Error).message}.`)
    }
  }
  const route = `${method.toUpperCase()} ${path.replace(/\/+$/, '') || '/'}`
  try {
    switch (route) {
      case 'POST /reset':
        sandbox.reset()
        return noContent()
      case 'GET /requests':
        return listRequests(sandbox, query)
      case 'GET /accounts':
        return json(200, {
          accounts: sandbox.accounts.list().map(({ account, keys }) => ({ ...account, keys })),
        })
      case 'POST /accounts':
        return createAccount(sandbox, body)
      case 'GET /clock':
        return clockState(sandbox)
      case 'POST /clock':
        return moveClock(sandbox, body)
      case 'GET /faults':
        return json(200, { faults: sandbox.faults.list() })
      case 'POST /faults':
        return json(201, sandbox.faults.add(body as FaultRule))
      case 'DELETE /faults':
        sandbox.faults.clear()
        return noContent()
      case 'GET /pact/provider-states':
      case 'POST /pact/provider-states':
        return handleProviderStateRequest(sandbox, method.toUpperCase(), query, body)
    }
    const deleteFault = /^DELETE \/faults\/(\d+)$/.exec(route)
    if (deleteFault) {
      return sandbox.faults.remove(Number(deleteFault[1]))
        ? noContent()
        : adminError(404, `Failed to delete "fault ${deleteFault[1]}": no such rule.`)
    }
    const [, service, rest] = /^\/([^/]+)(\/.*)?$/.exec(path) ?? []
    const serviceAdmin = service ? sandbox.services.get(service)?.definition.adminRoutes : undefined
    if (serviceAdmin) {
      const result = await serviceAdmin(
        { method: method.toUpperCase(), path: rest ?? '/', query, body, sandbox },
        sandbox.stateOf(service as string),
      )
      if (result) return result
    }
    return adminError(
      404,
      `Failed to route "${method} /__admin${path}": no such admin endpoint. See README.md, "Admin API".`,
    )
  } catch (error) {
    // Admin input errors surface as TypeErrors from the engine's own checks, and a bad
    // percent-escape in the path as a URIError.
    if (error instanceof TypeError) return json(400, { error: error.message })
    if (error instanceof SandboxError) return adminError(error.status, error.message)
    if (error instanceof URIError)
      return adminError(400, `Failed to read "${path}": malformed percent-encoding.`)
    throw error
  }
}

function listRequests(sandbox: SandboxCore, query: URLSearchParams): RouteResult {
  const status = query.get('status')
  const limit = query.get('limit')
  if (status !== null && !/^\d{3}$/.test(status))
    return adminError(
      400,
      `Failed to filter "requests": status must be a 3-digit code, got ${JSON.stringify(status)}.`,
    )
  if (limit !== null && !/^\d+$/.test(limit))
    return adminError(
      400,
      `Failed to filter "requests": limit must be a whole number, got ${JSON.stringify(limit)}.`,
    )
  const requests = sandbox.journal.list({
    service: query.get('service') ?? undefined,
    operationId: query.get('operationId') ?? undefined,
    accountId: query.get('accountId') ?? undefined,
    status: status === null ? undefined : Number(status),
    limit: limit === null ? undefined : Number(limit),
  })
  return json(200, { requests })
}

function createAccount(sandbox: SandboxCore, body: Record<string, unknown>): RouteResult {
  const { name, rateLimits, scopes, settings } = body
  if (name !== undefined && typeof name !== 'string')
    return adminError(400, 'Failed to create "account": name must be a string.')
  for (const [field, value] of Object.entries({ rateLimits, scopes, settings })) {
    if (
      value !== undefined &&
      (typeof value !== 'object' || value === null || Array.isArray(value))
    ) {
      return adminError(
        400,
        `Failed to create "account": ${field} must be an object keyed by service.`,
      )
    }
  }
  const { account, keys } = sandbox.accounts.create(body as CreateAccountInput)
  return json(201, { id: account.id, name: account.name, rateLimits: account.rateLimits, keys })
}

function clockState(sandbox: SandboxCore): RouteResult {
  return json(200, {
    now: new Date(sandbox.clock.now()).toISOString(),
    frozen: sandbox.clock.isFrozen(),
  })
}

function moveClock(sandbox: SandboxCore, body: Record<string, unknown>): RouteResult {
  const { advance, freeze, unfreeze } = body
  if (advance === undefined && freeze === undefined && unfreeze === undefined) {
    return adminError(
      400,
      'Failed to move "clock": send {"advance":"61s"}, {"freeze":true}, {"freeze":"2026-01-01T00:00:00Z"} or {"unfreeze":true}.',
    )
  }
  if (freeze !== undefined && freeze !== false) {
    if (freeze === true) sandbox.clock.freeze()
    else {
      const at = typeof freeze === 'number' ? freeze : Date.parse(String(freeze))
      if (Number.isNaN(at))
        return adminError(400, `Failed to freeze "clock": ${JSON.stringify(freeze)} is not a date.`)
      sandbox.clock.freeze(at)
    }
  }
  if (advance !== undefined) sandbox.clock.advance(parseDuration(advance as string))
  if (unfreeze === true) sandbox.clock.unfreeze()
  return clockState(sandbox)
}
