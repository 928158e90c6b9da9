/**
 * Contacts: records keyed by lower-cased email and by external id within the account, and the
 * upsert the PATCH routes share: partial update of an existing contact, or creation when none
 * matches ("If contact does not exists, it is created" [DOC]).
 *
 * @see shared/research/connectif.md §5.3 — PATCH is an upsert [DOC]; 200 updated / 201 created
 * [INF]; §13.3 — contacts keyed by lower-cased email and external id [INF]
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { IndexedTable, scopedKey } from '../../sandbox/records/indexed-table.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import {
  BUILT_IN_CONTACT_FIELDS,
  type ContactFieldTables,
  checkCustomFieldValue,
} from '../contact-fields/contact-fields.ts'
import { type Issue, pointerTo, validationError } from '../errors.ts'
import { iso, type NamedFields, type Schemas, toResource } from '../records.ts'

/**
 * A contact as stored: Contact's named fields, and custom field values under their ids. The
 * generated Contact types custom values as its index signature, which its own nullable fields
 * (`_churnRate`) do not fit, so the record keeps them `unknown` and contactResource() gives the API type.
 */
export type ContactRecord = NamedFields<Schemas['Contact']> & {
  accountId: string
  [customField: string]: unknown
}

export function createContactTables() {
  return {
    contacts: new IndexedTable<ContactRecord, 'email' | 'externalId'>({
      name: 'contacts',
      primaryKey: (c) => c.id,
      uniqueKeys: {
        email: (c) => scopedKey(c.accountId, c._email?.toLowerCase()),
        externalId: (c) => scopedKey(c.accountId, c._externalId),
      },
    }),
  }
}

export type ContactTables = ReturnType<typeof createContactTables>

/** Finds a contact of the account by email (case-insensitive), without scanning. */
export function findContactByEmail(state: ContactTables, accountId: string, email: string) {
  return state.contacts.findBy('email', scopedKey(accountId, email.toLowerCase()))
}

export function findContactByExternalId(
  state: ContactTables,
  accountId: string,
  externalId: string,
) {
  return state.contacts.findBy('externalId', scopedKey(accountId, externalId))
}

export function contactResource(record: ContactRecord): Schemas['Contact'] {
  return toResource(record) as Schemas['Contact']
}

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

export type ContactKey =
  | { email: string; externalId?: never }
  | { externalId: string; email?: never }

/**
 * Upserts the contact found by `key` with `body`. Conflicts (an `_externalId` or `_email` already
 * held by another contact) and bad custom fields are a 422 with the offending path.
 */
export function upsertContact(
  state: ContactTables & ContactFieldTables,
  ctx: CallerContext,
  key: ContactKey,
  body: Record<string, unknown>,
): { created: boolean; contact: ContactRecord } {
  const accountId = ctx.account.id
  const issues: Issue[] = []
  for (const [field, value] of Object.entries(body)) {
    if (COMPUTED.has(field)) issues.push({ path: pointerTo(field), reason: 'is read-only' })
    else if (field.startsWith('_')) {
      if (!BUILT_IN_IDS.has(field))
        issues.push({ path: pointerTo(field), reason: 'is not a contact field' })
    } else {
      const problem = checkCustomFieldValue(state, accountId, field, value)
      if (problem) issues.push({ path: pointerTo(field), reason: problem })
    }
  }
  const existing =
    key.email !== undefined
      ? findContactByEmail(state, accountId, key.email)
      : findContactByExternalId(state, accountId, key.externalId)
  const email = (key.email ?? stringField(body, '_email'))?.toLowerCase()
  const externalId = key.externalId ?? stringField(body, '_externalId')
  const emailHolder = email ? findContactByEmail(state, accountId, email) : undefined
  if (emailHolder && emailHolder !== existing)
    issues.push({ path: '/_email', reason: `is already used by contact ${emailHolder.id}` })
  const externalHolder = externalId
    ? findContactByExternalId(state, accountId, externalId)
    : undefined
  if (externalHolder && externalHolder !== existing) {
    issues.push({ path: '/_externalId', reason: `is already used by contact ${externalHolder.id}` })
  }
  if (issues.length) throw rejectWith(validationError(issues))

  const now = iso(ctx.now)
  const identity = {
    ...(email ? { _email: email } : {}),
    ...(externalId ? { _externalId: externalId } : {}),
  }
  if (existing) {
    const contact = state.contacts.update(existing, (current) => ({
      ...current,
      ...body,
      ...identity,
      _updatedAt: now,
    }))
    return { created: false, contact }
  }
  const contact = state.contacts.insert({
    ...body,
    accountId,
    id: ctx.ids.objectId(),
    ...identity,
    ...computedFieldsOfNew(now),
  })
  return { created: true, contact }
}

/** What Connectif computes for a contact it has just created (the browser's anonymous ones too). */
export function computedFieldsOfNew(now: string) {
  return {
    _createdAt: now,
    _updatedAt: now,
    _isAnonymous: false,
    _hasPushSubscriptions: false,
    _totalPurchases: 0,
    _totalPurchasesAmount: 0,
    _averagePurchasesAmount: 0,
  }
}

function stringField(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field]
  return typeof value === 'string' ? value : undefined
}
