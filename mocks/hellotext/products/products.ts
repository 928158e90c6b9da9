/**
 * Products and their variants. (`source`, `reference`) is unique; a product is found by id,
 * reference or SKU; a product with variants lists a "default variant" standing for itself first;
 * `variants: []` in an update deletes them all, and leaving `variants` out keeps them.
 *
 * @see shared/research/hellotext-reskyt.md A6 "Product" [DOC: HELP products/custom-store; SDK: WP, VTEX]
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { IndexedTable, scopedKey } from '../../sandbox/records/indexed-table.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import { MESSAGES, notAllowed, notFound, notUnique, parameterMissing } from '../errors.ts'
import {
  asPrice,
  asReference,
  byId,
  defined,
  findIn,
  newId,
  type Owned,
  type Price,
  type Schemas,
  type Sequence,
  sourceReference,
} from '../records.ts'

export type ProductInput = Schemas['ProductInput']
export type ProductUpdate = Schemas['ProductUpdate']
export type VariantInput = Schemas['VariantInput']

export interface ProductRecord extends Owned {
  name: string
  reference?: string
  sku?: string
  source?: string
  url?: string
  image_url?: string
  price?: Price
  categories: string[]
  collection: string[]
  tags: string[]
  brand?: string
  metadata: Record<string, unknown>
  /** Variant ids in order; the default variant (the parent) first when there are any. */
  variantIds: string[]
}

export interface VariantRecord extends Owned {
  productId: string
  /** The default variant stands for the parent product: its fields are the product's. */
  isDefault: boolean
  name?: string
  reference?: string
  sku?: string
  price?: Price
}

export function createProductTables() {
  return {
    products: new IndexedTable<ProductRecord, 'sourceReference'>({
      name: 'products',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: { sourceReference },
    }),
    variants: byId<VariantRecord>('variants'),
  }
}

export type ProductTables = ReturnType<typeof createProductTables>

type ProductState = ProductTables & Sequence

export const DEFAULT_VARIANT_LOCKED =
  'The default variant stands for the product; change the product, or send variants: [] to it.'

export function findProduct(state: ProductTables, accountId: string, id: string) {
  return findIn(state.products, accountId, id)
}

/** By id, then by reference, then by SKU: the three keys the product routes accept [DOC]. */
export function findProductByKey(state: ProductTables, accountId: string, key: string) {
  return (
    findProduct(state, accountId, key) ??
    state.products.findFirst((q) =>
      q.where((p) => p.accountId === accountId && (p.reference === key || p.sku === key)),
    )
  )
}

export function findBySourceReference(
  state: ProductTables,
  accountId: string,
  source: string | undefined,
  reference: string,
) {
  return state.products.findBy(
    'sourceReference',
    scopedKey(accountId, `${source ?? ''}\u0000${reference}`),
  )
}

export function variantResource(state: ProductTables, variant: VariantRecord): Schemas['Variant'] {
  const parent = variant.isDefault
    ? findProduct(state, variant.accountId, variant.productId)
    : undefined
  const source = parent ?? variant
  return {
    id: variant.id,
    ...defined({
      name: source.name,
      reference: source.reference,
      sku: source.sku,
      price: source.price,
    }),
  }
}

export function productResource(state: ProductTables, product: ProductRecord): Schemas['Product'] {
  const { accountId, seq: _seq, variantIds, ...fields } = product
  return {
    ...fields,
    variants: variantIds
      .map((id) => findIn(state.variants, accountId, id))
      .filter((v): v is VariantRecord => v !== undefined)
      .map((v) => variantResource(state, v)),
  }
}

/** A product's fields as stored: its reference as text and its price in numbers [INF]. */
function productFields(input: Omit<ProductUpdate, 'variants'>) {
  const { reference, price, ...rest } = input
  return defined({
    ...rest,
    reference: asReference(reference),
    price: price === undefined ? undefined : asPrice(price),
  })
}

/** A variant's fields as stored, normalised like a product's. */
function variantFields(input: VariantInput) {
  const { reference, price, ...rest } = input
  return defined({
    ...rest,
    reference: asReference(reference),
    price: price === undefined ? undefined : asPrice(price),
  })
}

function insertVariant(
  state: ProductState,
  ctx: CallerContext,
  product: ProductRecord,
  input: VariantInput,
  isDefault: boolean,
): VariantRecord {
  return state.variants.insert({
    accountId: product.accountId,
    id: newId(ctx, (id) => findIn(state.variants, product.accountId, id) !== undefined),
    seq: state.nextSeq(),
    productId: product.id,
    isDefault,
    ...(isDefault ? {} : variantFields(input)),
  })
}

/** Replaces every variant of `product`: none for `[]`, else the default variant and the given ones. */
function replaceVariants(
  state: ProductState,
  ctx: CallerContext,
  product: ProductRecord,
  inputs: VariantInput[],
): ProductRecord {
  for (const id of product.variantIds) {
    const variant = findIn(state.variants, product.accountId, id)
    if (variant) state.variants.delete(variant)
  }
  const ids =
    inputs.length === 0
      ? []
      : [
          insertVariant(state, ctx, product, {}, true).id,
          ...inputs.map((input) => insertVariant(state, ctx, product, input, false).id),
        ]
  return state.products.update(product, (p) => ({ ...p, variantIds: ids }))
}

/** Creates a product; `at` prefixes parameter names in errors (`object_parameters.`). */
export function createProduct(
  state: ProductState,
  ctx: CallerContext,
  input: ProductInput,
  at = '',
): ProductRecord {
  const accountId = ctx.account.id
  if (!input.name) throw rejectWith(parameterMissing(`${at}name`))
  const { variants, ...sent } = input
  const fields = productFields(sent)
  if (
    fields.reference !== undefined &&
    findBySourceReference(state, accountId, fields.source, fields.reference)
  )
    throw rejectWith(notUnique(`${at}reference`, MESSAGES.referenceTaken('product')))
  const product = state.products.insert({
    accountId,
    id: newId(ctx, (id) => findProduct(state, accountId, id) !== undefined),
    seq: state.nextSeq(),
    categories: [],
    collection: [],
    tags: [],
    metadata: {},
    ...fields,
    name: input.name,
    variantIds: [],
  })
  return variants?.length ? replaceVariants(state, ctx, product, variants) : product
}

export function updateProduct(
  state: ProductState,
  ctx: CallerContext,
  product: ProductRecord,
  input: ProductUpdate,
): ProductRecord {
  const { variants, ...sent } = input
  const fields = productFields(sent)
  const source = fields.source ?? product.source
  const reference = fields.reference ?? product.reference
  if (reference !== undefined) {
    const holder = findBySourceReference(state, product.accountId, source, reference)
    if (holder && holder.id !== product.id)
      throw rejectWith(notUnique('reference', MESSAGES.referenceTaken('product')))
  }
  const updated = state.products.update(product, (p) => ({ ...p, ...fields }))
  return variants === undefined ? updated : replaceVariants(state, ctx, updated, variants)
}

export function deleteProduct(state: ProductTables, product: ProductRecord): void {
  for (const id of product.variantIds) {
    const variant = findIn(state.variants, product.accountId, id)
    if (variant) state.variants.delete(variant)
  }
  state.products.delete(product)
}

/** Adds a variant; a product's first variant brings the default variant with it. */
export function addVariant(
  state: ProductState,
  ctx: CallerContext,
  product: ProductRecord,
  input: VariantInput,
): VariantRecord {
  const ids = [...product.variantIds]
  if (ids.length === 0) ids.push(insertVariant(state, ctx, product, {}, true).id)
  const variant = insertVariant(state, ctx, product, input, false)
  state.products.update(product, (p) => ({ ...p, variantIds: [...ids, variant.id] }))
  return variant
}

export function updateVariant(
  state: ProductTables,
  variant: VariantRecord,
  input: VariantInput,
): VariantRecord {
  if (variant.isDefault) throw rejectWith(notAllowed('id', DEFAULT_VARIANT_LOCKED))
  return state.variants.update(variant, (v) => ({ ...v, ...variantFields(input) }))
}

/** Deletes a variant; when only the default variant would be left, it goes too. */
export function deleteVariant(state: ProductTables, variant: VariantRecord): void {
  if (variant.isDefault) throw rejectWith(notAllowed('id', DEFAULT_VARIANT_LOCKED))
  state.variants.delete(variant)
  const product = findProduct(state, variant.accountId, variant.productId)
  if (!product) return
  let ids = product.variantIds.filter((id) => id !== variant.id)
  if (ids.length === 1) {
    const lone = findIn(state.variants, product.accountId, ids[0] as string)
    if (lone) state.variants.delete(lone)
    ids = []
  }
  state.products.update(product, (p) => ({ ...p, variantIds: ids }))
}

/**
 * A product an order item, a cart item or a tracked event names: an id, reference or SKU, or the
 * product's parameters inline (found by `source` + `reference`, else created).
 */
export function resolveProduct(
  state: ProductState,
  ctx: CallerContext,
  ref: string | ProductInput,
  at: string,
): ProductRecord {
  const accountId = ctx.account.id
  if (typeof ref === 'string') {
    const found = findProductByKey(state, accountId, ref)
    if (!found) throw rejectWith(notFound(at, MESSAGES.resourceNotFound))
    return found
  }
  if (ref.reference !== undefined) {
    const found = findBySourceReference(state, accountId, ref.source, asReference(ref.reference))
    if (found) return found
  }
  return createProduct(state, ctx, ref, at ? `${at}.` : '')
}
