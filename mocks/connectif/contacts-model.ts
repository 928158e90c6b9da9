/**
 * Contact upsert, shared by the three PATCH routes: partial update of an existing contact, or
 * creation when none matches ("If contact does not exists, it is created" [DOC]).
 *
 * @see shared/research/connectif.md §5.3 — PATCH is an upsert [DOC]; 200 updated / 201 created [INF]
 */

import { json, type RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import { BUILT_IN_CONTACT_FIELDS, checkCustomFieldValue } from './contact-fields-model.ts'
import { validationError } from './errors.ts'
import { accountOf, iso } from './route-helpers.ts'
import {
  type ConnectifState,
  type ContactRecord,
  findContactByEmail,
  findContactByExternalId,
  toResource,
} from './state.ts'

/** Fields Connectif computes; a body cannot set them. */
const COMPUTED = new Set([
  'id',
  '_createdAt',
  '_updatedAt',
  '_isAnonymous',
  '_hasPushSubscriptions',
  '_totalPurchases',
  '_totalPurchasesAmount',
  '_averagePurchasesAmount',
  '_firstPurchaseDate',
  '_lastPurchaseDate',
])

const BUILT_IN_IDS = new Set(BUILT_IN_CONTACT_FIELDS.map((field) => field.id))

export function contactResource(record: ContactRecord) {
  return toResource(record)
}

export interface ContactKey {
  email?: string
  externalId?: string
}

/**
 * Upserts the contact found by `key` with `body`. Conflicts (an `_externalId` or `_email` already
 * held by another contact) and bad custom fields are 422 with the offending path.
 */
export function upsertContact(
  state: ConnectifState,
  ctx: RouteContext,
  key: ContactKey,
  body: Record<string, unknown>,
): RouteResult {
  const accountId = accountOf(ctx).id
  const issues: Array<{ path: string; reason: string }> = []
  for (const [field, value] of Object.entries(body)) {
    if (COMPUTED.has(field)) issues.push({ path: field, reason: 'is read-only' })
    else if (field.startsWith('_')) {
      if (!BUILT_IN_IDS.has(field)) issues.push({ path: field, reason: 'is not a contact field' })
    } else {
      const problem = checkCustomFieldValue(state, accountId, field, value)
      if (problem) issues.push({ path: field, reason: problem })
    }
  }
  const existing = key.email
    ? findContactByEmail(state, accountId, key.email)
    : findContactByExternalId(state, accountId, key.externalId as string)
  const email = (key.email ?? (body._email as string | undefined))?.toLowerCase()
  const externalId = key.externalId ?? (body._externalId as string | undefined)
  const emailHolder = email ? findContactByEmail(state, accountId, email) : undefined
  if (emailHolder && emailHolder !== existing)
    issues.push({ path: '_email', reason: `is already used by contact ${emailHolder.id}` })
  const externalHolder = externalId
    ? findContactByExternalId(state, accountId, externalId)
    : undefined
  if (externalHolder && externalHolder !== existing) {
    issues.push({ path: '_externalId', reason: `is already used by contact ${externalHolder.id}` })
  }
  if (issues.length) return validationError('Resource contains validation errors.', issues)

  const now = iso(ctx.now)
  if (existing) {
    const updated = state.contacts.update(
      existing,
      (current) =>
        ({
          ...current,
          ...body,
          ...(email ? { _email: email } : {}),
          ...(externalId ? { _externalId: externalId } : {}),
          _updatedAt: now,
        }) as ContactRecord,
    )
    return json(200, contactResource(updated))
  }
  const created = state.contacts.insert({
    ...(body as Partial<ContactRecord>),
    accountId,
    id: ctx.sandbox.ids.objectId(),
    ...(email ? { _email: email } : {}),
    ...(externalId ? { _externalId: externalId } : {}),
    _createdAt: now,
    _updatedAt: now,
    _isAnonymous: false,
    _hasPushSubscriptions: false,
    _totalPurchases: 0,
    _totalPurchasesAmount: 0,
    _averagePurchasesAmount: 0,
  } as ContactRecord)
  return json(201, contactResource(created))
}
