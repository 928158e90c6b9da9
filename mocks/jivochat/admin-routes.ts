/**
 * JivoChat's admin endpoints under `/__admin/jivochat/…`: the simulator (`POST /send`, `POST
 * /conversation`) with the log of what it delivered (`GET|DELETE /deliveries`), and the reference
 * CRM's records (`/crm/…`, see crm/admin-routes.ts). A target on a sandbox host
 * (`https://jivochat.sandbox.local/crm`) is reached in process.
 */
import { adminError } from '../admin/handle-admin-request.ts'
import { json, noContent, type RouteResult } from '../sandbox/route-result.ts'
import { createSandboxFetch } from '../sandbox/sandbox-fetch.ts'
import type { AdminRequest } from '../sandbox/service-definition.ts'
import { crmAdminRoutes } from './crm/admin-routes.ts'
import { recordDelivery } from './deliveries.ts'
import { playConversation } from './simulator/conversation.ts'
import { isJivoEventName } from './simulator/generate-event.ts'
import type { DeliveryReport } from './simulator/report.ts'
import { sendEvent } from './simulator/send.ts'
import { SimulatorInputError } from './simulator/simulator-input-error.ts'
import type { JivochatState } from './state.ts'

export async function jivochatAdminRoutes(
  request: AdminRequest,
  state: JivochatState,
): Promise<RouteResult | undefined> {
  const { method, path, body, sandbox } = request
  if (path.startsWith('/crm/')) return crmAdminRoutes(request, state.crm)
  if (path === '/deliveries' && method === 'GET')
    return json(200, { deliveries: [...state.deliveries].reverse() })
  if (path === '/deliveries' && method === 'DELETE') {
    state.deliveries = []
    return noContent()
  }
  if (method !== 'POST' || (path !== '/send' && path !== '/conversation')) return undefined
  const record = (report: DeliveryReport, startedAt: number) =>
    recordDelivery(sandbox, state, report, startedAt)
  try {
    const common = readCommon(body)
    const fetch = createSandboxFetch(sandbox)
    if (path === '/send') {
      if (typeof body.event !== 'string' || !isJivoEventName(body.event))
        throw new SimulatorInputError('"event" must name a JivoChat event, e.g. "chat_accepted"')
      const startedAt = sandbox.clock.now()
      const report = await sendEvent(body.event, { ...common, fetch })
      return json(200, record(report, startedAt))
    }
    if (body.offline !== undefined && typeof body.offline !== 'boolean')
      throw new SimulatorInputError('"offline" must be a boolean')
    let startedAt = sandbox.clock.now()
    const conversation = await playConversation({
      ...common,
      offline: body.offline === true,
      fetch,
      onReport: (report) => {
        record(report, startedAt)
        startedAt = sandbox.clock.now()
      },
    })
    return json(200, conversation)
  } catch (error) {
    if (error instanceof SimulatorInputError)
      return adminError(400, `Failed to ${path.slice(1)} "jivochat webhook": ${error.message}.`)
    throw error
  }
}

/** `to`, `seed`, `timeoutMs`, `overrides`, `unset`, type-checked; sendEvent checks the values. */
function readCommon(body: Record<string, unknown>) {
  const { to, seed, timeoutMs, overrides, unset } = body
  if (typeof to !== 'string') throw new SimulatorInputError('"to" must be the CRM endpoint URL')
  if (seed !== undefined && typeof seed !== 'number')
    throw new SimulatorInputError('"seed" must be a number')
  if (timeoutMs !== undefined && typeof timeoutMs !== 'number')
    throw new SimulatorInputError('"timeoutMs" must be a number of milliseconds')
  if (
    overrides !== undefined &&
    (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides))
  )
    throw new SimulatorInputError('"overrides" must map field paths to values')
  if (unset !== undefined && (!Array.isArray(unset) || unset.some((p) => typeof p !== 'string')))
    throw new SimulatorInputError('"unset" must be a list of field paths')
  return {
    to,
    seed: seed as number | undefined,
    timeoutMs: timeoutMs as number | undefined,
    overrides: overrides as Record<string, unknown> | undefined,
    unset: unset as string[] | undefined,
  }
}
