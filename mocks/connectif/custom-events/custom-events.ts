/**
 * Custom events received through the API: the strict validation of an event body against its
 * type's fields, the contact it names, and the record kept so tests can assert what arrived.
 *
 * @see shared/research/connectif.md §11.1 (reception: strict validation, email primary key,
 * createContact, E0501 [DOC])
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { IndexedTable } from '../../sandbox/records/indexed-table.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import type { ContactFieldTables } from '../contact-fields/contact-fields.ts'
import { checkFieldValue } from '../contact-fields/field-values.ts'
import { type ContactTables, findContactByEmail, upsertContact } from '../contacts/contacts.ts'
import type { StoredEventType } from '../custom-event-types/custom-event-types.ts'
import {
  customError,
  ERROR_MESSAGES,
  httpError,
  type Issue,
  pointerTo,
  validationError,
} from '../errors.ts'
import { iso, type Schemas, type Scoped, toResource } from '../records.ts'

/** A custom event received through the API, kept so tests can assert what arrived. */
export type ReceivedCustomEventRecord = Scoped<
  Schemas['CreateCustomEventResponse'] & { payload: Record<string, unknown> }
>

export function createCustomEventTables() {
  return {
    receivedCustomEvents: new IndexedTable<ReceivedCustomEventRecord>({
      name: 'custom events',
      primaryKey: (e) => e.id,
    }),
  }
}

export type CustomEventTables = ReturnType<typeof createCustomEventTables>

export interface ReceivedEvent extends CallerContext {
  body: Record<string, unknown> | undefined
  query: { createContact?: boolean }
}

/**
 * Receives one event of `type`: the type must be `receive` (400 otherwise [INF]), the body must
 * match its fields strictly (422), and the contact named by the email primary key must exist
 * (400 E0501) unless `createContact=true`, which creates it.
 */
export function receiveCustomEvent(
  state: CustomEventTables & ContactTables & ContactFieldTables,
  ctx: ReceivedEvent,
  type: StoredEventType,
) {
  if (type.category !== 'receive')
    throw rejectWith(
      httpError(
        400,
        `Custom event type ${type.id} is of category send; only receive event types accept events.`,
      ),
    )
  const fields = type.fields ?? []
  const primaryKey = fields.find((field) => field.isPrimaryKey && field.type === 'email')
  if (!primaryKey)
    throw rejectWith(
      httpError(
        400,
        `Custom event type ${type.id} has no email primary key field, so it cannot receive events through the API.`,
      ),
    )
  const body = ctx.body ?? {}
  const issues: Issue[] = []
  const byId = new Map(fields.map((field) => [field.id, field]))
  for (const [key, value] of Object.entries(body)) {
    const field = byId.get(key)
    if (!field) issues.push({ path: pointerTo(key), reason: 'is not a field of this event type' })
    else {
      const problem = checkFieldValue(field, value)
      if (problem) issues.push({ path: pointerTo(key), reason: problem })
    }
  }
  for (const field of fields)
    if (field.required && !(field.id in body))
      issues.push({ path: pointerTo(field.id), reason: 'is required' })
  if (issues.length) throw rejectWith(validationError(issues))

  const accountId = ctx.account.id
  // The primary key is a required email field, so the strict check above made it a string.
  const email = String(body[primaryKey.id])
  let contact = findContactByEmail(state, accountId, email)
  if (!contact) {
    if (ctx.query.createContact !== true)
      throw rejectWith(customError('E0501', ERROR_MESSAGES.E0501()))
    contact = upsertContact(state, ctx, { email }, {}).contact
  }
  const event = state.receivedCustomEvents.insert({
    id: ctx.ids.objectId(),
    eventTypeId: type.id,
    contactId: contact.id,
    createdAt: iso(ctx.now),
    payload: structuredClone(body),
    accountId,
  })
  return toResource(event, 'payload')
}
