/**
 * Admin endpoints for outbound custom events (`/__admin/connectif/outbound…`), standing in for
 * the Connectif UI and the workflow node: define a send-category event, fire it for a contact,
 * and read the delivery log.
 */
import type { components } from '../../src/generated/connectif.ts'
import { adminError } from '../admin/handle-admin-request.ts'
import { json, type RouteResult } from '../sandbox/route-result.ts'
import { createSandboxFetch } from '../sandbox/sandbox-fetch.ts'
import type { AdminRequest } from '../sandbox/service-definition.ts'
import {
  checkEventTypeCreation,
  findEventType,
  insertEventType,
} from './custom-event-types/custom-event-types.ts'
import { type OutboundSendRequest, sendOutboundEvent } from './custom-events/outbound.ts'
import { iso } from './records.ts'
import type { ConnectifState } from './state.ts'

type CustomEventTypeCreation = components['schemas']['CustomEventTypeCreation']

export async function outboundAdminRoutes(
  request: AdminRequest,
  state: ConnectifState,
): Promise<RouteResult | undefined> {
  const { method, path, body, query, sandbox } = request
  if (path === '/outbound' && method === 'POST') return defineOutbound(request, state)
  if (path === '/outbound/deliveries' && method === 'GET') {
    const deliveries = state.outboundDeliveries
      .findMany((q) =>
        q.where((d) =>
          [
            query.get('eventTypeId') === null || d.eventTypeId === query.get('eventTypeId'),
            query.get('accountId') === null || d.accountId === query.get('accountId'),
            query.get('status') === null || d.status === query.get('status'),
          ].every(Boolean),
        ),
      )
      .reverse()
    return json(200, { deliveries })
  }
  const send = /^\/outbound\/([^/]+)\/send$/.exec(path)
  if (send && method === 'POST') {
    const eventTypeId = decodeURIComponent(send[1] as string)
    const stored = state.customEventTypes.get(eventTypeId)
    const eventType = stored && findEventType(state, stored.accountId, eventTypeId)
    if (!eventType)
      return adminError(
        404,
        `Failed to send "outbound event ${eventTypeId}": no such custom event type.`,
      )
    if (eventType.category !== 'send')
      return adminError(
        400,
        `Failed to send "outbound event ${eventTypeId}": it is a ${eventType.category}-category event; only send events go out.`,
      )
    const contact = body.contact as OutboundSendRequest['contact'] | undefined
    if (
      typeof contact !== 'object' ||
      contact === null ||
      (typeof contact.email !== 'string' && typeof contact.externalId !== 'string')
    ) {
      return adminError(
        400,
        'Failed to send "outbound event": body.contact needs an email or an externalId.',
      )
    }
    if (
      body.values !== undefined &&
      (typeof body.values !== 'object' || body.values === null || Array.isArray(body.values))
    ) {
      return adminError(
        400,
        'Failed to send "outbound event": body.values must be an object keyed by field id.',
      )
    }
    if (
      body.timeoutMs !== undefined &&
      (!Number.isInteger(body.timeoutMs) || (body.timeoutMs as number) < 1)
    ) {
      return adminError(
        400,
        'Failed to send "outbound event": timeoutMs must be a positive integer.',
      )
    }
    const outcome = await sendOutboundEvent(
      { fetch: createSandboxFetch(sandbox), now: () => sandbox.clock.now(), ids: sandbox.ids },
      state,
      eventType.accountId,
      eventType,
      body as unknown as OutboundSendRequest,
    )
    if (outcome.kind === 'contact-not-found')
      return adminError(
        404,
        'Failed to send "outbound event": no such contact in the event type’s account.',
      )
    if (outcome.kind === 'invalid')
      return json(422, {
        error:
          '[martech-sandbox] Failed to send "outbound event": values do not fit the event type’s fields.',
        issues: outcome.issues,
      })
    return json(201, outcome.delivery)
  }
  return undefined
}

/** Creates a send-category event type (and, if needed, its integration) without the Connectif API. */
function defineOutbound(request: AdminRequest, state: ConnectifState): RouteResult {
  const { body, sandbox } = request
  const accountId =
    typeof body.accountId === 'string' ? body.accountId : sandbox.defaultAccount.account.id
  if (!sandbox.accounts.get(accountId))
    return adminError(404, `Failed to define "outbound event": no account ${accountId}.`)
  const eventType = body.eventType as CustomEventTypeCreation | undefined
  if (typeof eventType !== 'object' || eventType === null)
    return adminError(
      400,
      'Failed to define "outbound event": body.eventType is required (a CustomEventTypeCreation).',
    )
  if (eventType.category !== 'send')
    return adminError(400, 'Failed to define "outbound event": eventType.category must be "send".')
  const issues = checkEventTypeCreation(state, accountId, eventType)
  if (issues.length)
    return json(422, {
      error: '[martech-sandbox] Failed to define "outbound event": the event type is not valid.',
      issues,
    })
  const now = iso(sandbox.clock.now())
  const integrationName =
    typeof body.integrationName === 'string' ? body.integrationName : 'Sandbox outbound events'
  const integration =
    state.customIntegrations.findFirst((q) => q.where({ accountId, name: integrationName })) ??
    state.customIntegrations.insert({
      id: sandbox.ids.objectId(),
      accountId,
      name: integrationName,
      imageUri: null,
      eventsEnabled: true,
    })
  const stored = insertEventType(state, {
    body: eventType,
    accountId,
    integrationId: integration.id,
    id: sandbox.ids.objectId(),
    now,
  })
  return json(201, {
    integrationId: integration.id,
    eventType: { ...eventType, id: stored.id, createdAt: now, updatedAt: now },
  })
}
