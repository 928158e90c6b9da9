/**
 * Purchases: creation with Connectif's referential checks (E0101 contact, E0102 catalog, E0103
 * authorized domains), and the contact's purchase stats kept in step on create and delete
 * ("deletion recalculates contact purchase stats" [DOC]).
 *
 * @see shared/research/connectif.md §6, §12, §13.4
 */
import type { components } from '../../src/generated/connectif.ts'
import { getOwned, scopedKey } from '../sandbox/indexed-table.ts'
import { json, type RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import { customError, ERROR_MESSAGES, httpError } from './errors.ts'
import { findProductByProductId, PRODUCT_URL_FIELDS } from './products-model.ts'
import { accountOf, isAuthorizedUrl, iso } from './route-helpers.ts'
import {
  type ConnectifState,
  type ContactRecord,
  findContactByEmail,
  findContactByExternalId,
  type PurchaseRecord,
  toResource,
} from './state.ts'

type PurchaseCreation = components['schemas']['PurchaseCreation']

export function purchaseResource(record: PurchaseRecord) {
  return toResource(record, 'triggerPurchaseEvent')
}

export function findPurchaseById(state: ConnectifState, accountId: string, id: string) {
  return getOwned(state.purchases, accountId, id)
}

export function findPurchaseByPurchaseId(
  state: ConnectifState,
  accountId: string,
  purchaseId: string,
) {
  return state.purchases.findBy('purchaseId', scopedKey(accountId, purchaseId))
}

export function createPurchase(
  state: ConnectifState,
  ctx: RouteContext,
  body: PurchaseCreation,
): RouteResult {
  const accountId = accountOf(ctx).id
  const contact = body.contactEmail
    ? findContactByEmail(state, accountId, body.contactEmail)
    : findContactByExternalId(state, accountId, body.contactExternalId as string)
  if (!contact) {
    return customError(
      'E0101',
      ERROR_MESSAGES.E0101(body.contactEmail ?? (body.contactExternalId as string)),
    )
  }
  const catalog = body.products.map((line) =>
    findProductByProductId(state, accountId, line.productId),
  )
  const missing = [
    ...new Set(body.products.filter((_, i) => !catalog[i]).map((line) => line.productId)),
  ]
  if (missing.length > 0)
    return customError('E0102', ERROR_MESSAGES.E0102(missing), { productIds: missing })
  const allowedDomains = state.accountSettings(accountId).allowedDomains
  const outside = [
    ...new Set(
      body.products
        .filter((line) =>
          PRODUCT_URL_FIELDS.some(
            (f) =>
              typeof line[f] === 'string' && !isAuthorizedUrl(line[f] as string, allowedDomains),
          ),
        )
        .map((line) => line.productId),
    ),
  ]
  if (outside.length > 0)
    return customError('E0103', ERROR_MESSAGES.E0103(outside), {
      productIds: outside,
      allowedDomains,
    })
  if (findPurchaseByPurchaseId(state, accountId, body.purchaseId)) {
    // Unknown in the real API; the spec documents this choice (createPurchase, example duplicatePurchaseId) [INF].
    return httpError(400, `Purchase ${body.purchaseId} already exists.`)
  }
  const now = iso(ctx.now)
  const purchase = state.purchases.insert({
    ...body,
    accountId,
    id: ctx.sandbox.ids.objectId(),
    purchaseDate: body.purchaseDate ?? now,
    contactId: contact.id,
    ...(contact._email ? { contactEmail: contact._email } : {}),
    products: body.products.map((line, i) => ({ ...line, id: catalog[i]?.id as string })),
    triggerPurchaseEvent: (ctx.query.triggerPurchaseEvent as boolean | undefined) ?? true,
    createdAt: now,
    updatedAt: now,
  })
  const ids = state.purchaseIdsByContact.get(contact.id) ?? new Set<string>()
  state.purchaseIdsByContact.set(contact.id, ids)
  ids.add(purchase.id)
  refreshPurchaseStats(state, contact, now)
  return json(201, purchaseResource(purchase))
}

export function deletePurchase(state: ConnectifState, purchase: PurchaseRecord, now: number): void {
  state.purchases.delete(purchase)
  state.purchaseIdsByContact.get(purchase.contactId as string)?.delete(purchase.id)
  const contact = state.contacts.get(purchase.contactId as string)
  if (contact) refreshPurchaseStats(state, contact, iso(now))
}

/** Recomputes `_totalPurchases`, amounts and first/last dates from the contact's purchases only. */
function refreshPurchaseStats(state: ConnectifState, contact: ContactRecord, now: string): void {
  const purchases = [...(state.purchaseIdsByContact.get(contact.id) ?? [])]
    .map((id) => state.purchases.get(id))
    .filter((p): p is PurchaseRecord => p !== undefined)
  const total = purchases.reduce((sum, p) => sum + (p.totalPrice ?? 0), 0)
  const dates = purchases.map((p) => p.purchaseDate as string).sort()
  state.contacts.update(contact, (current) => {
    const next = {
      ...current,
      _totalPurchases: purchases.length,
      _totalPurchasesAmount: total,
      _averagePurchasesAmount: purchases.length ? total / purchases.length : 0,
      _updatedAt: now,
    } as ContactRecord
    if (dates.length) {
      next._firstPurchaseDate = dates[0]
      next._lastPurchaseDate = dates.at(-1)
    } else {
      delete next._firstPurchaseDate
      delete next._lastPurchaseDate
    }
    return next
  })
}
