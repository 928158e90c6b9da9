/**
 * Outbound ("send"-category) custom events: what a Connectif workflow node does when it fires one
 * for a contact. The sandbox builds the body from the event type's fields (each value literal or
 * read from a contact field, placed at the field's `jsonPointerPath`), POSTs it to `webhookUrl`
 * with the configured headers, and logs the delivery. A URL on one of the sandbox's own service
 * hosts (`https://app.reskyt.com/...`) is delivered in process; any other URL over the network.
 *
 * @see shared/research/connectif.md §11.3 — webhookUrl, webhookHeaders, fields, jsonPointerPath [DOC];
 * POST + JSON body keyed by pointer, success = any 2xx, no retries [INF]
 * @see shared/seeds/connectif-reskyt-integration.en.txt — the Reskyt event this reproduces
 */
import { readTextCapped } from '../../sandbox/read-capped.ts'
import type { IdGenerator } from '../../sandbox/records/ids.ts'
import { IndexedTable } from '../../sandbox/records/indexed-table.ts'
import type { RetentionLimits } from '../../sandbox/retention.ts'
import { checkFieldValue } from '../contact-fields/field-values.ts'
import {
  type ContactRecord,
  type ContactTables,
  findContactByEmail,
  findContactByExternalId,
} from '../contacts/contacts.ts'
import type { StoredEventType } from '../custom-event-types/custom-event-types.ts'
import { iso } from '../records.ts'

/** How long Connectif waits for the receiver before calling the delivery failed [INF]. */
export const DEFAULT_OUTBOUND_TIMEOUT_MS = 10_000

/** A field's value in a send request: a literal, or `{ "contactField": "reskyt-token" }`. */
export type OutboundValue = unknown | { contactField: string }

export interface OutboundSendRequest {
  contact: { email?: string; externalId?: string }
  values?: Record<string, OutboundValue>
  timeoutMs?: number
}

export interface OutboundDelivery {
  id: string
  accountId: string
  eventTypeId: string
  contactId: string
  status: 'delivered' | 'failed'
  at: string
  durationMs: number
  request: { method: 'POST'; url: string; headers: Record<string, string>; body: unknown }
  response?: { status: number; body: string }
  error?: string
}

export function createOutboundTables() {
  return {
    /** Outbound custom events the sandbox sent, with the receiver's answer. */
    outboundDeliveries: new IndexedTable<OutboundDelivery>({
      name: 'outbound deliveries',
      primaryKey: (d) => d.id,
    }),
  }
}

export type OutboundTables = ReturnType<typeof createOutboundTables>

/** How a delivery goes out: the sandbox's fetch (in process for its own hosts), time and ids. */
export interface DeliveryEnv {
  fetch: typeof fetch
  now(): number
  ids: IdGenerator
  /** The sandbox's limits: deliveries kept, and how much of a receiver's answer is read. */
  retention: Pick<RetentionLimits, 'deliveries' | 'journalBodyBytes'>
}

export type SendOutcome =
  | { kind: 'sent'; delivery: OutboundDelivery }
  | { kind: 'invalid'; issues: Array<{ path: string; reason: string }> }
  | { kind: 'contact-not-found' }

/** Sets `value` at an RFC 6901 pointer, creating objects, or arrays where the next token is an index. */
export function setAtPointer(
  target: Record<string, unknown>,
  pointer: string,
  value: unknown,
): void {
  const tokens = pointer
    .split('/')
    .slice(1)
    .map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'))
  let node: Record<string, unknown> | unknown[] = target
  for (const [index, token] of tokens.entries()) {
    const key = Array.isArray(node) ? (token === '-' ? node.length : Number(token)) : token
    if (index === tokens.length - 1) {
      ;(node as Record<string | number, unknown>)[key] = value
      return
    }
    const next = (node as Record<string | number, unknown>)[key]
    if (typeof next !== 'object' || next === null) {
      const child = /^(\d+|-)$/.test(tokens[index + 1] as string) ? [] : {}
      ;(node as Record<string | number, unknown>)[key] = child
      node = child
    } else node = next as Record<string, unknown>
  }
}

/** Resolves each field's value and builds the body; issues name `values.<fieldId>`. */
export function buildOutboundBody(
  eventType: StoredEventType,
  contact: ContactRecord,
  values: Record<string, OutboundValue>,
): { body: Record<string, unknown> } | { issues: Array<{ path: string; reason: string }> } {
  const issues: Array<{ path: string; reason: string }> = []
  const fields = eventType.fields ?? []
  for (const key of Object.keys(values)) {
    if (!fields.some((f) => f.id === key))
      issues.push({ path: `values.${key}`, reason: 'is not a field of this event type' })
  }
  const body: Record<string, unknown> = {}
  for (const field of fields) {
    const raw = values[field.id]
    const fromContact = typeof raw === 'object' && raw !== null && 'contactField' in raw
    const value = fromContact ? contact[(raw as { contactField: string }).contactField] : raw
    if (value === undefined || value === null) {
      if (field.required) {
        issues.push({
          path: `values.${field.id}`,
          reason: fromContact
            ? `is required, and the contact has no "${(raw as { contactField: string }).contactField}"`
            : 'is required',
        })
      }
      continue
    }
    const problem = checkFieldValue(field, value)
    if (problem) {
      issues.push({ path: `values.${field.id}`, reason: problem })
      continue
    }
    setAtPointer(body, field.jsonPointerPath || `/${field.id}`, value)
  }
  return issues.length ? { issues } : { body }
}

export async function sendOutboundEvent(
  env: DeliveryEnv,
  state: OutboundTables & ContactTables,
  accountId: string,
  eventType: StoredEventType,
  request: OutboundSendRequest,
): Promise<SendOutcome> {
  const contact = request.contact.email
    ? findContactByEmail(state, accountId, request.contact.email)
    : request.contact.externalId
      ? findContactByExternalId(state, accountId, request.contact.externalId)
      : undefined
  if (!contact) return { kind: 'contact-not-found' }
  const built = buildOutboundBody(eventType, contact, request.values ?? {})
  if ('issues' in built) return { kind: 'invalid', issues: built.issues }
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  for (const header of eventType.webhookHeaders ?? [])
    headers[header.name.toLowerCase()] = header.value
  const url = eventType.webhookUrl as string
  const payload = JSON.stringify(built.body)
  const started = performance.now()
  const at = iso(env.now())
  let response: OutboundDelivery['response']
  let error: string | undefined
  try {
    const answer = await env.fetch(url, {
      method: 'POST',
      headers,
      body: payload,
      signal: AbortSignal.timeout(request.timeoutMs ?? DEFAULT_OUTBOUND_TIMEOUT_MS),
    })
    response = {
      status: answer.status,
      body: await readTextCapped(answer, env.retention.journalBodyBytes),
    }
    if (response.status < 200 || response.status > 299)
      error = `receiver answered ${response.status}`
  } catch (cause) {
    const reason = cause as Error & { cause?: { code?: string } }
    error =
      reason.name === 'TimeoutError'
        ? `no answer within ${request.timeoutMs ?? DEFAULT_OUTBOUND_TIMEOUT_MS} ms`
        : `${reason.cause?.code ?? reason.message}`
  }
  const delivery = state.outboundDeliveries.insert({
    id: env.ids.objectId(),
    accountId,
    eventTypeId: eventType.id,
    contactId: contact.id,
    status: error ? 'failed' : 'delivered',
    at,
    durationMs: performance.now() - started,
    request: { method: 'POST', url, headers, body: built.body },
    ...(response ? { response } : {}),
    ...(error ? { error } : {}),
  })
  state.outboundDeliveries.trimOldest(env.retention.deliveries)
  return { kind: 'sent', delivery }
}
