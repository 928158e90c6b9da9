/**
 * Purchases: creation with Connectif's referential checks (E0101 contact, E0102 catalog, E0103
 * authorized domains), and the contact's purchase stats kept in step on create and delete
 * ("deletion recalculates contact purchase stats" [DOC]).
 *
 * @see shared/research/connectif.md §6, §12, §13.4 — purchases by id with a unique purchaseId [INF]
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { getOwned, IndexedTable, scopedKey } from '../../sandbox/records/indexed-table.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import { settingsOf } from '../account-settings.ts'
import {
  type ContactRecord,
  type ContactTables,
  findContactByEmail,
  findContactByExternalId,
} from '../contacts/contacts.ts'
import { customError, ERROR_MESSAGES, httpError } from '../errors.ts'
import {
  findProductByProductId,
  PRODUCT_URL_FIELDS,
  type ProductTables,
} from '../products/products.ts'
import { iso, type Schemas, type Scoped, toResource } from '../records.ts'
import { isAuthorizedUrl } from '../route-helpers.ts'

export type PurchaseRecord = Scoped<Schemas['Purchase'] & { triggerPurchaseEvent: boolean }>

export function createPurchaseTables() {
  return {
    purchases: new IndexedTable<PurchaseRecord, 'purchaseId'>({
      name: 'purchases',
      primaryKey: (p) => p.id,
      uniqueKeys: { purchaseId: (p) => scopedKey(p.accountId, p.purchaseId) },
    }),
    /** Connectif contact id → ids of its purchases, to recompute the contact's purchase stats. */
    purchaseIdsByContact: new Map<string, Set<string>>(),
  }
}

export type PurchaseTables = ReturnType<typeof createPurchaseTables>

type PurchaseState = PurchaseTables & ContactTables & ProductTables

/** Connectif ids are 24-hex ObjectIds [DOC: ERRC example ids]. */
export const CONNECTIF_ID = /^[0-9a-f]{24}$/i

export function purchaseResource(record: PurchaseRecord) {
  return toResource(record, 'triggerPurchaseEvent')
}

export function findPurchaseById(state: PurchaseTables, accountId: string, id: string) {
  return getOwned(state.purchases, accountId, id)
}

export function findPurchaseByPurchaseId(
  state: PurchaseTables,
  accountId: string,
  purchaseId: string,
) {
  return state.purchases.findBy('purchaseId', scopedKey(accountId, purchaseId))
}

export function createPurchase(
  state: PurchaseState,
  ctx: CallerContext,
  body: Schemas['PurchaseCreation'],
  triggerPurchaseEvent: boolean,
): PurchaseRecord {
  const accountId = ctx.account.id
  const contactKey = body.contactEmail ?? body.contactExternalId ?? ''
  const contact = body.contactEmail
    ? findContactByEmail(state, accountId, body.contactEmail)
    : findContactByExternalId(state, accountId, contactKey)
  if (!contact) throw rejectWith(customError('E0101', ERROR_MESSAGES.E0101(contactKey)))
  const catalog = body.products.map((line) =>
    findProductByProductId(state, accountId, line.productId),
  )
  const missing = [
    ...new Set(body.products.filter((_, i) => !catalog[i]).map((line) => line.productId)),
  ]
  if (missing.length > 0)
    throw rejectWith(customError('E0102', ERROR_MESSAGES.E0102(missing), { productIds: missing }))
  const { allowedDomains } = settingsOf(ctx.account)
  const outside = [
    ...new Set(
      body.products
        .filter((line) =>
          PRODUCT_URL_FIELDS.some((field) => {
            const url = line[field]
            return typeof url === 'string' && !isAuthorizedUrl(url, allowedDomains)
          }),
        )
        .map((line) => line.productId),
    ),
  ]
  if (outside.length > 0)
    throw rejectWith(
      customError('E0103', ERROR_MESSAGES.E0103(outside), { productIds: outside, allowedDomains }),
    )
  if (findPurchaseByPurchaseId(state, accountId, body.purchaseId)) {
    // Unknown in the real API; the spec documents this choice (createPurchase, example duplicatePurchaseId) [INF].
    throw rejectWith(httpError(400, `Purchase ${body.purchaseId} already exists.`))
  }
  const now = iso(ctx.now)
  const purchase = state.purchases.insert({
    ...body,
    accountId,
    id: ctx.ids.objectId(),
    purchaseDate: body.purchaseDate ?? now,
    contactId: contact.id,
    ...(contact._email ? { contactEmail: contact._email } : {}),
    products: body.products.map((line, i) => ({ ...line, id: catalog[i]?.id ?? '' })),
    triggerPurchaseEvent,
    createdAt: now,
    updatedAt: now,
  })
  const ids = state.purchaseIdsByContact.get(contact.id) ?? new Set<string>()
  state.purchaseIdsByContact.set(contact.id, ids)
  ids.add(purchase.id)
  refreshPurchaseStats(state, contact, now)
  return purchase
}

export function deletePurchase(state: PurchaseState, purchase: PurchaseRecord, now: number): void {
  state.purchases.delete(purchase)
  const contactId = purchase.contactId ?? ''
  state.purchaseIdsByContact.get(contactId)?.delete(purchase.id)
  const contact = state.contacts.get(contactId)
  if (contact) refreshPurchaseStats(state, contact, iso(now))
}

/** Recomputes `_totalPurchases`, amounts and first/last dates from the contact's purchases only. */
function refreshPurchaseStats(state: PurchaseState, contact: ContactRecord, now: string): void {
  const purchases = [...(state.purchaseIdsByContact.get(contact.id) ?? [])]
    .map((id) => state.purchases.get(id))
    .filter((p): p is PurchaseRecord => p !== undefined)
  const total = purchases.reduce((sum, p) => sum + (p.totalPrice ?? 0), 0)
  const dates = purchases.flatMap((p) => (p.purchaseDate ? [p.purchaseDate] : [])).sort()
  state.contacts.update(contact, (current) => {
    const next: ContactRecord = {
      ...current,
      _totalPurchases: purchases.length,
      _totalPurchasesAmount: total,
      _averagePurchasesAmount: purchases.length ? total / purchases.length : 0,
      _updatedAt: now,
    }
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
