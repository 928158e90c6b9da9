/**
 * Products: patch-or-create by the store's productId, with every URL checked against the
 * account's authorized domains (E0201), and the lookups both kinds of product route share.
 *
 * @see shared/research/connectif.md §7 — patch or create [DOC], E0201 [DOC], 200/201 [INF];
 * §13.3 — products keyed by productId [INF]
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { getOwned, IndexedTable, scopedKey } from '../../sandbox/records/indexed-table.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import { settingsOf } from '../account-settings.ts'
import { customError, ERROR_MESSAGES } from '../errors.ts'
import { iso, type Schemas, type Scoped, toResource } from '../records.ts'
import { isAuthorizedUrl } from '../route-helpers.ts'

export type ProductRecord = Scoped<Schemas['Product']>

export function createProductTables() {
  return {
    products: new IndexedTable<ProductRecord, 'productId'>({
      name: 'products',
      primaryKey: (p) => p.id,
      uniqueKeys: { productId: (p) => scopedKey(p.accountId, p.productId) },
    }),
  }
}

export type ProductTables = ReturnType<typeof createProductTables>

export const PRODUCT_URL_FIELDS = ['productDetailUrl', 'imageUrl', 'thumbnailUrl'] as const

export function findProductByProductId(state: ProductTables, accountId: string, productId: string) {
  return state.products.findBy('productId', scopedKey(accountId, productId))
}

/** The Connectif id belongs to one account: another account's product is "not found". */
export function findProductById(state: ProductTables, accountId: string, id: string) {
  return getOwned(state.products, accountId, id)
}

export function productResource(record: ProductRecord) {
  return toResource(record)
}

export function patchOrCreateProduct(
  state: ProductTables,
  ctx: CallerContext,
  productId: string,
  body: Partial<Schemas['ProductCreation']>,
): { created: boolean; product: ProductRecord } {
  const accountId = ctx.account.id
  const { allowedDomains } = settingsOf(ctx.account)
  const offending = PRODUCT_URL_FIELDS.filter((field) => {
    const url = body[field]
    return typeof url === 'string' && !isAuthorizedUrl(url, allowedDomains)
  })
  if (offending.length > 0)
    throw rejectWith(customError('E0201', ERROR_MESSAGES.E0201(), { allowedDomains }))
  const now = iso(ctx.now)
  const existing = findProductByProductId(state, accountId, productId)
  if (existing) {
    const product = state.products.update(existing, (current) => ({
      ...current,
      ...body,
      productId,
      updatedAt: now,
    }))
    return { created: false, product }
  }
  const product = state.products.insert({
    availability: 'instock',
    ...body,
    accountId,
    id: ctx.ids.objectId(),
    productId,
    createdAt: now,
    updatedAt: now,
  })
  return { created: true, product }
}
