/**
 * Products: patch-or-create by the store's productId, with every URL checked against the
 * account's authorized domains (E0201), and the lookups both routes share.
 *
 * @see shared/research/connectif.md §7 — patch or create [DOC], E0201 [DOC], 200/201 [INF]
 */
import { getOwned, scopedKey } from '../sandbox/indexed-table.ts'
import { json, type RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import { customError, ERROR_MESSAGES } from './errors.ts'
import { accountOf, isAuthorizedUrl, iso } from './route-helpers.ts'
import { type ConnectifState, type ProductRecord, toResource } from './state.ts'

export const PRODUCT_URL_FIELDS = ['productDetailUrl', 'imageUrl', 'thumbnailUrl'] as const

export function findProductByProductId(
  state: ConnectifState,
  accountId: string,
  productId: string,
) {
  return state.products.findBy('productId', scopedKey(accountId, productId))
}

/** The Connectif id belongs to one account: another account's product is "not found". */
export function findProductById(state: ConnectifState, accountId: string, id: string) {
  return getOwned(state.products, accountId, id)
}

export function productResource(record: ProductRecord) {
  return toResource(record)
}

export function patchOrCreateProduct(
  state: ConnectifState,
  ctx: RouteContext,
  productId: string,
  body: Record<string, unknown>,
): RouteResult {
  const accountId = accountOf(ctx).id
  const allowedDomains = state.accountSettings(accountId).allowedDomains
  const offending = PRODUCT_URL_FIELDS.filter(
    (field) =>
      typeof body[field] === 'string' && !isAuthorizedUrl(body[field] as string, allowedDomains),
  )
  if (offending.length > 0) return customError('E0201', ERROR_MESSAGES.E0201(), { allowedDomains })
  const now = iso(ctx.now)
  const existing = findProductByProductId(state, accountId, productId)
  if (existing) {
    const updated = state.products.update(existing, (current) => ({
      ...current,
      ...body,
      productId,
      updatedAt: now,
    }))
    return json(200, productResource(updated))
  }
  const created = state.products.insert({
    availability: 'instock',
    ...body,
    accountId,
    id: ctx.sandbox.ids.objectId(),
    productId,
    createdAt: now,
    updatedAt: now,
  } as ProductRecord)
  return json(201, productResource(created))
}
