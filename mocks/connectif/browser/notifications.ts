/**
 * One notification of the client script, applied to the account: find the browser's contact by
 * its tracker (creating an anonymous one on first sight), identify it by `primaryKey`, write the
 * entityInfo fields, turn the events into activities, diff the cart, and keep the push
 * subscription. What cannot be stored (an undefined custom field, a value of the wrong type) is
 * left out and reported in `ignored`, since the browser never sees an error.
 *
 * @see shared/research/connectif-browser.md "What a sandbox must emulate" §5–7 [INF from CODE]:
 * tracker → anonymous contact (`entity-created`), primaryKey → identify/merge
 * (`entity-identified`/`entity-merged`), event → activity names of §10 [DOC], cart snapshot diff →
 * `cart-product-added/removed` [DOC], pushSubscription → `push-notification-subscribed`
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { scopedKey } from '../../sandbox/records/indexed-table.ts'
import { ownValue } from '../../sandbox/records/own-value.ts'
import {
  BUILT_IN_CONTACT_FIELDS,
  type ContactFieldTables,
  checkCustomFieldValue,
  findCustomField,
} from '../contact-fields/contact-fields.ts'
import { checkFieldValue } from '../contact-fields/field-values.ts'
import {
  type ContactRecord,
  type ContactTables,
  computedFieldsOfNew,
  findContactByEmail,
} from '../contacts/contacts.ts'
import { type ProductTables, patchOrCreateProduct } from '../products/products.ts'
import { iso, type Schemas } from '../records.ts'
import { findTracker, recordActivity, type WebTrackingTables } from './web-tracking.ts'

export type BrowserState = ContactTables & ContactFieldTables & ProductTables & WebTrackingTables

type Json = Record<string, unknown>

export interface NotificationOutcome {
  trackerId: string
  contactId: string
  ignored: Array<{ path: string; reason: string }>
}

/** Which activity each client event becomes; events not listed are not activities. */
const ACTIVITY_OF: Record<string, string> = {
  'page-visit': 'web-page-visited',
  'product-visited': 'product-visited',
  'product-searched': 'product-searched',
  login: 'login',
  register: 'register',
  search: 'search',
  'newsletter-subscribe': 'newsletter-subscribe',
  purchase: 'purchase',
  custom: 'custom-event',
  'form-submitted': 'web-form-submitted',
  'web-content-opened': 'web-content-opened',
}

/** entityInfo keys that are not contact fields. */
const IDENTITY_KEYS = new Set(['primaryKey', 'trackerId'])

const WRITABLE_BUILT_INS = new Map(
  BUILT_IN_CONTACT_FIELDS.filter((f) => !f.readOnly && f.id !== '_email').map((f) => [
    f.id,
    { ...f, type: f.type ?? 'text' },
  ]),
)

const TRACKER = /^[0-9a-zA-Z]{1,24}$/

export function applyNotification(
  state: BrowserState,
  ctx: CallerContext,
  request: Json,
  pageUrl: string | undefined,
): NotificationOutcome {
  const ignored: NotificationOutcome['ignored'] = []
  const entityInfo = isObject(request.entityInfo) ? request.entityInfo : {}
  const found = contactOfTracker(state, ctx, entityInfo.trackerId)
  const { trackerId } = found
  let contact = found.contact
  const activity = (type: string, details: Json = {}) =>
    recordActivity(state, ctx.retention, {
      id: ctx.ids.objectId(),
      accountId: ctx.account.id,
      contactId: contact.id,
      type,
      date: iso(ctx.now),
      trackerId,
      details,
    })
  if (found.created) activity('entity-created')
  if (typeof entityInfo.primaryKey === 'string' && entityInfo.primaryKey !== '') {
    contact = identify(
      state,
      ctx,
      contact,
      trackerId,
      entityInfo.primaryKey.toLowerCase(),
      activity,
    )
  }
  const fields: Json = {}
  for (const [key, raw] of Object.entries(entityInfo)) {
    if (IDENTITY_KEYS.has(key)) continue
    const value = coerce(state, ctx.account.id, key, raw)
    const problem = fieldProblem(state, ctx.account.id, key, value)
    if (problem) ignored.push({ path: `entityInfo.${key}`, reason: problem })
    else fields[key] = value
  }

  const events = Array.isArray(request.events) ? request.events.filter(isObject) : []
  for (const [index, event] of events.entries()) {
    const type = ownValue(ACTIVITY_OF, String(event.type))
    if (!type) {
      ignored.push({
        path: `events.${index}.type`,
        reason: 'is not an event that makes an activity',
      })
      continue
    }
    const { type: _type, ...details } = event
    if (event.type === 'page-visit')
      Object.assign(details, {
        url: pageUrl,
        ...(isObject(request.pageInfo) ? request.pageInfo : {}),
      })
    if (event.type === 'newsletter-subscribe') fields._newsletterSubscriptionStatus = 'subscribed'
    if (event.type === 'product-visited' && isObject(event.product)) {
      const problem = upsertVisitedProduct(state, ctx, event.product)
      if (problem) ignored.push({ path: `events.${index}.product`, reason: problem })
    }
    activity(type, details)
  }
  if (isObject(request.cart)) diffCart(state, ctx, contact, request.cart, activity)
  const subscription = request.pushSubscription
  if (isObject(subscription)) {
    const problem = keepSubscription(state, ctx, contact, subscription, activity)
    if (problem) ignored.push({ path: 'pushSubscription', reason: problem })
  }
  contact = state.contacts.update(contact, (current) => ({
    ...current,
    ...fields,
    _hasPushSubscriptions:
      current._hasPushSubscriptions ||
      state.pushSubscriptions.findFirst((q) => q.where({ contactId: current.id })) !== undefined,
    _updatedAt: iso(ctx.now),
  }))
  state.notifications.insert({
    id: ctx.ids.objectId(),
    accountId: ctx.account.id,
    contactId: contact.id,
    trackerId,
    receivedAt: iso(ctx.now),
    events: events.map((event) => String(event.type)),
    ignored,
  })
  return { trackerId, contactId: contact.id, ignored }
}

/** The contact behind a tracker id; an unknown or absent id gets a new anonymous contact. */
function contactOfTracker(
  state: BrowserState,
  ctx: CallerContext,
  sent: unknown,
): { contact: ContactRecord; trackerId: string; created: boolean } {
  const accountId = ctx.account.id
  const trackerId =
    typeof sent === 'string' && TRACKER.test(sent) ? sent : (ctx.ids.objectId() as string)
  const tracker = findTracker(state, accountId, trackerId)
  const known = tracker && state.contacts.get(tracker.contactId)
  if (known) return { contact: known, trackerId, created: false }
  const now = iso(ctx.now)
  const contact = state.contacts.insert({
    accountId,
    id: ctx.ids.objectId(),
    ...computedFieldsOfNew(now),
    _isAnonymous: true,
  })
  if (tracker) state.trackers.update(tracker, (t) => ({ ...t, contactId: contact.id }))
  else state.trackers.insert({ id: trackerId, accountId, contactId: contact.id, createdAt: now })
  return { contact, trackerId, created: true }
}

/**
 * Gives the tracker's contact its email. An anonymous contact takes the email, or merges into
 * the contact that already has it; a contact with another email leaves the tracker to the
 * email's contact (someone else signed in on this browser).
 */
function identify(
  state: BrowserState,
  ctx: CallerContext,
  contact: ContactRecord,
  trackerId: string,
  email: string,
  activity: (type: string, details?: Json) => void,
): ContactRecord {
  if (contact._email === email) return contact
  const owner = findContactByEmail(state, ctx.account.id, email)
  const now = iso(ctx.now)
  let target: ContactRecord
  if (!owner && contact._isAnonymous) {
    target = state.contacts.update(contact, (c) => ({ ...c, _email: email, _isAnonymous: false }))
    activity('entity-identified', { email })
    return target
  }
  target =
    owner ??
    state.contacts.insert({
      accountId: ctx.account.id,
      id: ctx.ids.objectId(),
      _email: email,
      ...computedFieldsOfNew(now),
    })
  if (contact._isAnonymous) mergeInto(state, contact, target)
  const tracker = findTracker(state, ctx.account.id, trackerId)
  if (tracker) state.trackers.update(tracker, (t) => ({ ...t, contactId: target.id }))
  recordActivity(state, ctx.retention, {
    id: ctx.ids.objectId(),
    accountId: ctx.account.id,
    contactId: target.id,
    type: contact._isAnonymous ? 'entity-merged' : 'entity-identified',
    date: now,
    trackerId,
    details: { email, ...(contact._isAnonymous ? { mergedContactId: contact.id } : {}) },
  })
  return state.contacts.get(target.id) as ContactRecord
}

/** Moves an anonymous contact's fields (where the target has none), activities, cart and subscriptions. */
function mergeInto(state: BrowserState, from: ContactRecord, into: ContactRecord): void {
  const { id: _id, accountId: _a, _createdAt, _updatedAt, _isAnonymous, ...fields } = from
  state.contacts.update(into, (current) => {
    const merged: ContactRecord = { ...current }
    for (const [key, value] of Object.entries(fields))
      if (merged[key] === undefined && value !== undefined) merged[key] = value
    return merged
  })
  for (const a of state.activities.findMany((q) => q.where({ contactId: from.id })))
    state.activities.update(a, (current) => ({ ...current, contactId: into.id }))
  for (const s of state.pushSubscriptions.findMany((q) => q.where({ contactId: from.id })))
    state.pushSubscriptions.update(s, (current) => ({ ...current, contactId: into.id }))
  const cart = state.carts.findFirst((q) => q.where({ contactId: from.id }))
  if (cart) {
    state.carts.delete(cart)
    if (!state.carts.findFirst((q) => q.where({ contactId: into.id })))
      state.carts.insert({ ...cart, contactId: into.id })
  }
  state.contacts.delete(from)
}

/** Why an entityInfo value cannot be written, or undefined when it can. */
function fieldProblem(
  state: BrowserState,
  accountId: string,
  key: string,
  value: unknown,
): string | undefined {
  if (!key.startsWith('_')) return checkCustomFieldValue(state, accountId, key, value)
  const builtIn = WRITABLE_BUILT_INS.get(key)
  return builtIn ? checkFieldValue(builtIn, value) : 'is not a writable contact field'
}

/** Tags carry text: a number or boolean field gets its text converted, as the field's type says. */
function coerce(state: BrowserState, accountId: string, key: string, raw: unknown): unknown {
  const builtIn = WRITABLE_BUILT_INS.get(key)
  if (builtIn) return coerceTo(builtIn.type, raw)
  const custom = findCustomField(state, accountId, key)
  return custom?.type ? coerceTo(custom.type, raw) : raw
}

function coerceTo(type: Schemas['ContactFieldType'], raw: unknown): unknown {
  if (typeof raw !== 'string') return raw
  if ((type === 'integer' || type === 'decimal') && raw.trim() !== '' && !Number.isNaN(Number(raw)))
    return Number(raw)
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true'
  return raw
}

/** A visited product updates the catalogue, as product sheets follow visited-product tags [DOC]. */
function upsertVisitedProduct(state: BrowserState, ctx: CallerContext, product: Json) {
  const { productId, availability, quantity: _q, price: _p, ...rest } = product
  if (typeof productId !== 'string') return 'has no productId'
  const lower = typeof availability === 'string' ? availability.toLowerCase() : undefined
  try {
    patchOrCreateProduct(state, ctx, productId, {
      ...(rest as Partial<Schemas['ProductCreation']>),
      ...(lower === 'instock' || lower === 'outofstock' ? { availability: lower } : {}),
    })
    return undefined
  } catch (error) {
    return `was not stored in the catalogue: ${(error as Error).message}`
  }
}

/** Compares the snapshot with the last one by product id and quantity; an emptied cart clears it. */
function diffCart(
  state: BrowserState,
  ctx: CallerContext,
  contact: ContactRecord,
  cart: Json,
  activity: (type: string, details?: Json) => void,
): void {
  const quantities = (snapshot: Json | undefined) => {
    const byId = new Map<string, number>()
    for (const p of Array.isArray(snapshot?.products) ? snapshot.products.filter(isObject) : [])
      byId.set(String(p.productId), (byId.get(String(p.productId)) ?? 0) + Number(p.quantity ?? 1))
    return byId
  }
  const key = { accountId: ctx.account.id, contactId: contact.id }
  const stored = state.carts.findFirst((q) => q.where(key))
  const before = quantities(stored?.cart)
  const after = quantities(cart)
  for (const [productId, quantity] of after) {
    const added = quantity - (before.get(productId) ?? 0)
    if (added > 0)
      activity('cart-product-added', { cartId: cart.cartId, productId, quantity: added })
  }
  for (const [productId, quantity] of before) {
    const removed = quantity - (after.get(productId) ?? 0)
    if (removed > 0)
      activity('cart-product-removed', { cartId: cart.cartId, productId, quantity: removed })
  }
  if (stored) state.carts.update(stored, (c) => ({ ...c, cart, updatedAt: iso(ctx.now) }))
  else state.carts.insert({ ...key, cart, updatedAt: iso(ctx.now) })
}

function keepSubscription(
  state: BrowserState,
  ctx: CallerContext,
  contact: ContactRecord,
  subscription: Json,
  activity: (type: string, details?: Json) => void,
): string | undefined {
  const keys = subscription.keys
  if (
    typeof subscription.endpoint !== 'string' ||
    !isObject(keys) ||
    typeof keys.p256dh !== 'string' ||
    typeof keys.auth !== 'string'
  )
    return 'needs endpoint, keys.p256dh and keys.auth'
  const record = {
    accountId: ctx.account.id,
    contactId: contact.id,
    endpoint: subscription.endpoint,
    keys: { p256dh: keys.p256dh, auth: keys.auth },
    expirationTime: (subscription.expirationTime as number | null | undefined) ?? null,
    subscribedAt: iso(ctx.now),
  }
  const existing = state.pushSubscriptions.get(scopedKey(ctx.account.id, record.endpoint) as string)
  if (existing?.contactId === contact.id) return undefined
  if (existing) state.pushSubscriptions.delete(existing)
  state.pushSubscriptions.insert(record)
  activity('push-notification-subscribed', { endpoint: record.endpoint })
  return undefined
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
