/**
 * Custom event types: lookups scoped to the account (by id, and by alias for `receive` types),
 * and the rules a new type must follow.
 *
 * @see shared/research/connectif.md §11.2 (event type rules [DOC])
 */
import type { ValidateFunction } from 'ajv'
import connectifDocument from '../../../src/generated/connectif.document.ts'
import { createSchemaValidator, formatIssues } from '../../../src/openapi/schema-validator.ts'
import { getOwned, IndexedTable, scopedKey } from '../../sandbox/records/indexed-table.ts'
import type { Issue } from '../errors.ts'
import { type Schemas, type Scoped, toResource } from '../records.ts'

/** An event type as stored: with the integration it belongs to, which the API does not show. */
export type StoredEventType = Scoped<Schemas['CustomEventType']> & { integrationId: string }

export function createCustomEventTypeTables() {
  return {
    customEventTypes: new IndexedTable<StoredEventType, 'alias'>({
      name: 'custom event types',
      primaryKey: (t) => t.id,
      uniqueKeys: { alias: (t) => scopedKey(t.accountId, t.alias ?? undefined) },
    }),
  }
}

export type CustomEventTypeTables = ReturnType<typeof createCustomEventTypeTables>

export const EVENT_TYPE_NOT_FOUND = 'Custom event type not found.'

export function findEventType(
  state: CustomEventTypeTables,
  accountId: string,
  id: string,
): StoredEventType | undefined {
  return getOwned(state.customEventTypes, accountId, id)
}

export function findEventTypeByAlias(
  state: CustomEventTypeTables,
  accountId: string,
  alias: string,
): StoredEventType | undefined {
  return state.customEventTypes.findBy('alias', scopedKey(accountId, alias))
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
  state: CustomEventTypeTables,
  accountId: string,
  body: Schemas['CustomEventTypeCreation'],
): Issue[] {
  const issues: Issue[] = []
  if (body.category === 'receive') {
    if (body.alias === undefined)
      issues.push({ path: '/alias', reason: 'is required for receive event types' })
    else if (findEventTypeByAlias(state, accountId, body.alias))
      issues.push({ path: '/alias', reason: `is already used by another custom event type` })
  } else {
    if (body.alias !== undefined)
      issues.push({ path: '/alias', reason: 'is not allowed for send event types' })
    if (body.webhookUrl === undefined)
      issues.push({ path: '/webhookUrl', reason: 'is required for send event types' })
  }
  const fields = body.fields ?? []
  const seen = new Set<string>()
  let primaryKeys = 0
  fields.forEach((field, i) => {
    if (seen.has(field.id))
      issues.push({ path: `/fields/${i}/id`, reason: 'is already used by another field' })
    seen.add(field.id)
    if (field.jsonPointerPath !== undefined && !/^(\/([^~]|~[01])*)*$/.test(field.jsonPointerPath))
      issues.push({
        path: `/fields/${i}/jsonPointerPath`,
        reason: 'must be a JSON Pointer (RFC 6901), e.g. /tokens/0',
      })
    if (!field.isPrimaryKey) return
    primaryKeys++
    if (primaryKeys > 1)
      issues.push({
        path: `/fields/${i}/isPrimaryKey`,
        reason: 'only one field can be the primary key',
      })
    if (field.type !== 'email')
      issues.push({ path: `/fields/${i}/type`, reason: 'must be email for the primary key' })
    if (field.required !== true)
      issues.push({ path: `/fields/${i}/required`, reason: 'must be true for the primary key' })
  })
  if (
    primaryKeys === 0 &&
    body.category === 'receive' &&
    (body.receiveType === 'api' || body.receiveType === 'webhook')
  )
    issues.push({
      path: '/fields',
      reason: `needs a primary key field of type email when receiveType is ${body.receiveType}`,
    })
  return issues
}

let creationSchema: ValidateFunction<Schemas['CustomEventTypeCreation']> | undefined

/**
 * A value checked against the spec's `CustomEventTypeCreation`, for callers outside the API's own
 * validation (the admin API defines send events); issues name their path under `at`.
 */
export function readEventTypeCreation(
  value: unknown,
  at: string,
): { eventType: Schemas['CustomEventTypeCreation'] } | { issues: Issue[] } {
  creationSchema ??= createSchemaValidator(connectifDocument, 'connectif').compile<
    Schemas['CustomEventTypeCreation']
  >('#/components/schemas/CustomEventTypeCreation')
  if (creationSchema(value)) return { eventType: value }
  return {
    issues: formatIssues(creationSchema.errors).map((issue) => ({
      path: issue.path.replace(/^\$/, at),
      reason: issue.message,
    })),
  }
}

/** Stores a new event type of `integrationId`, as the API and the admin API create them. */
export function insertEventType(
  state: CustomEventTypeTables,
  fields: {
    body: Schemas['CustomEventTypeCreation']
    accountId: string
    integrationId: string
    id: string
    now: string
  },
): StoredEventType {
  const { body, accountId, integrationId, id, now } = fields
  return state.customEventTypes.insert({
    ...body,
    id,
    createdAt: now,
    updatedAt: now,
    accountId,
    integrationId,
  })
}
