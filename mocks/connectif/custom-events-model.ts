/**
 * Custom integrations, their custom event types, and events received through the API: lookups
 * scoped to the account, the event-type creation rules, and the strict validation of an event
 * body against its type's fields.
 *
 * @see shared/research/connectif.md §11.1 (reception: strict validation, email primary key,
 * createContact, E0501 [DOC]), §11.2 (event type rules [DOC])
 */
import { getOwned, scopedKey } from '../sandbox/indexed-table.ts'
import { json, type RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import { upsertContact } from './contacts-model.ts'
import { customError, ERROR_MESSAGES, httpError, notFound, validationError } from './errors.ts'
import { checkFieldValue } from './field-values.ts'
import { accountOf, iso } from './route-helpers.ts'
import {
  type ConnectifState,
  type CustomEventTypeRecord,
  type CustomIntegrationRecord,
  findContactByEmail,
  type ReceivedCustomEventRecord,
  toResource,
} from './state.ts'

/** An event type as stored: with the integration it belongs to, which the API does not show. */
export type StoredEventType = CustomEventTypeRecord & { integrationId: string }

type Issue = { path: string; reason: string }

export const EVENT_TYPE_NOT_FOUND = 'Custom event type not found.'

export function findIntegration(
  state: ConnectifState,
  accountId: string,
  id: string,
): CustomIntegrationRecord | undefined {
  return getOwned(state.customIntegrations, accountId, id)
}

export function findEventType(
  state: ConnectifState,
  accountId: string,
  id: string,
): StoredEventType | undefined {
  return getOwned(state.customEventTypes, accountId, id) as StoredEventType | undefined
}

export function findEventTypeByAlias(
  state: ConnectifState,
  accountId: string,
  alias: string,
): StoredEventType | undefined {
  return state.customEventTypes.findBy('alias', scopedKey(accountId, alias)) as
    | StoredEventType
    | undefined
}

export function eventTypeResource(type: StoredEventType) {
  return toResource(type, 'integrationId')
}

/**
 * Why a custom event type cannot be created, as 422 issues: `alias` required for `receive` and
 * forbidden for `send`, unique per account; at most one primary key, of type `email`, and one
 * required when `receiveType` is `webhook` or `api` [DOC]. Also [INF]: `webhookUrl` required for
 * `send`; the primary key must be required; field ids unique; `jsonPointerPath` an RFC 6901
 * pointer.
 */
export function checkEventTypeCreation(
  state: ConnectifState,
  accountId: string,
  body: Omit<CustomEventTypeRecord, 'id' | 'accountId'>,
): Issue[] {
  const issues: Issue[] = []
  if (body.category === 'receive') {
    if (body.alias === undefined)
      issues.push({ path: 'alias', reason: 'is required for receive event types' })
    else if (findEventTypeByAlias(state, accountId, body.alias))
      issues.push({ path: 'alias', reason: `is already used by another custom event type` })
  } else {
    if (body.alias !== undefined)
      issues.push({ path: 'alias', reason: 'is not allowed for send event types' })
    if (body.webhookUrl === undefined)
      issues.push({ path: 'webhookUrl', reason: 'is required for send event types' })
  }
  const fields = body.fields ?? []
  const seen = new Set<string>()
  let primaryKeys = 0
  fields.forEach((field, i) => {
    if (seen.has(field.id))
      issues.push({ path: `fields[${i}].id`, reason: 'is already used by another field' })
    seen.add(field.id)
    if (field.jsonPointerPath !== undefined && !/^(\/([^~]|~[01])*)*$/.test(field.jsonPointerPath))
      issues.push({
        path: `fields[${i}].jsonPointerPath`,
        reason: 'must be a JSON Pointer (RFC 6901), e.g. /tokens/0',
      })
    if (!field.isPrimaryKey) return
    primaryKeys++
    if (primaryKeys > 1)
      issues.push({
        path: `fields[${i}].isPrimaryKey`,
        reason: 'only one field can be the primary key',
      })
    if (field.type !== 'email')
      issues.push({ path: `fields[${i}].type`, reason: 'must be email for the primary key' })
    if (field.required !== true)
      issues.push({ path: `fields[${i}].required`, reason: 'must be true for the primary key' })
  })
  if (
    primaryKeys === 0 &&
    body.category === 'receive' &&
    (body.receiveType === 'api' || body.receiveType === 'webhook')
  )
    issues.push({
      path: 'fields',
      reason: `needs a primary key field of type email when receiveType is ${body.receiveType}`,
    })
  return issues
}

/**
 * Receives one event of `type` (undefined: 404): the type must be `receive` (400 otherwise
 * [INF]), the body must match its fields strictly (422), and the contact named by the email
 * primary key must exist (400 E0501) unless `createContact=true`, which creates it.
 */
export function receiveCustomEvent(
  state: ConnectifState,
  ctx: RouteContext<Record<string, unknown>>,
  type: StoredEventType | undefined,
): RouteResult {
  if (!type) return notFound(EVENT_TYPE_NOT_FOUND)
  if (type.category !== 'receive')
    return httpError(
      400,
      `Custom event type ${type.id} is of category send; only receive event types accept events.`,
    )
  const fields = type.fields ?? []
  const primaryKey = fields.find((field) => field.isPrimaryKey && field.type === 'email')
  if (!primaryKey)
    return httpError(
      400,
      `Custom event type ${type.id} has no email primary key field, so it cannot receive events through the API.`,
    )
  const body = ctx.body ?? {}
  const issues: Issue[] = []
  const byId = new Map(fields.map((field) => [field.id, field]))
  for (const [key, value] of Object.entries(body)) {
    const field = byId.get(key)
    if (!field) issues.push({ path: key, reason: 'is not a field of this event type' })
    else {
      const problem = checkFieldValue(field, value)
      if (problem) issues.push({ path: key, reason: problem })
    }
  }
  for (const field of fields)
    if (field.required && !(field.id in body))
      issues.push({ path: field.id, reason: 'is required' })
  if (issues.length) return validationError('Resource contains validation errors.', issues)

  const accountId = accountOf(ctx).id
  const email = body[primaryKey.id] as string
  let contact = findContactByEmail(state, accountId, email)
  if (!contact) {
    if (ctx.query.createContact !== true) return customError('E0501', ERROR_MESSAGES.E0501())
    const created = upsertContact(state, ctx, { email }, {})
    if (created.status !== 201) return created
    contact = findContactByEmail(state, accountId, email)
  }
  const event = state.receivedCustomEvents.insert({
    id: ctx.sandbox.ids.objectId(),
    eventTypeId: type.id,
    contactId: contact?.id as string,
    createdAt: iso(ctx.now),
    payload: structuredClone(body),
    accountId,
  } satisfies ReceivedCustomEventRecord)
  return json(201, toResource(event, 'payload'))
}
