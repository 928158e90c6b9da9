/**
 * Products and their variants. (`source`, `reference`) is unique; a product is found by id,
 * reference or SKU; a product with variants lists a "default variant" standing for itself first;
 * `variants: []` in an update deletes them all, and leaving `variants` out keeps them.
 *
 * @see shared/research/hellotext-reskyt.md A6 "Product" [DOC: HELP products/custom-store; SDK: WP, VTEX]
 */
import type { components } from '../../src/generated/hellotext.ts'
import { scopedKey } from '../sandbox/indexed-table.ts'
import type { RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import { MESSAGES, notAllowed, notFound, notUnique, parameterMissing } from './errors.ts'
import { newId } from './route-helpers.ts'
import { findIn, type HellotextState, type ProductRecord, type VariantRecord } from './state.ts'

type Schemas = components['schemas']
export type ProductInput = Schemas['ProductInput']
export type ProductUpdate = Schemas['ProductUpdate']
export type VariantInput = Schemas['VariantInput']

export const DEFAULT_VARIANT_LOCKED =
  'The default variant stands for the product; change the product, or send variants: [] to it.'

/** Copies the members of `from` that are set, so responses carry no `undefined`. */
function defined<T extends object>(from: T): Partial<T> {
  return Object.fromEntries(Object.entries(from).filter(([, v]) => v !== undefined)) as Partial<T>
}

export function findProduct(state: HellotextState, accountId: string, id: string) {
  return findIn(state.products, accountId, id)
}

/** By id, then by reference, then by SKU: the three keys the product routes accept [DOC]. */
export function findProductByKey(state: HellotextState, accountId: string, key: string) {
  return (
    findProduct(state, accountId, key) ??
    state.products.findFirst((q) =>
      q.where((p) => p.accountId === accountId && (p.reference === key || p.sku === key)),
    )
  )
}

export function findBySourceReference(
  state: HellotextState,
  accountId: string,
  source: string | undefined,
  reference: string,
) {
  return state.products.findBy(
    'sourceReference',
    scopedKey(accountId, `${source ?? ''}\u0000${reference}`),
  )
}

export function variantResource(state: HellotextState, variant: VariantRecord) {
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

export function productResource(state: HellotextState, product: ProductRecord) {
  const { accountId, seq: _seq, variantIds, ...fields } = product
  return {
    ...defined(fields),
    variants: variantIds
      .map((id) => findIn(state.variants, accountId, id))
      .filter((v): v is VariantRecord => v !== undefined)
      .map((v) => variantResource(state, v)),
  }
}

function insertVariant(
  state: HellotextState,
  ctx: RouteContext,
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
    ...(isDefault ? {} : defined(input)),
  })
}

/** Replaces every variant of `product`: none for `[]`, else the default variant and the given ones. */
function replaceVariants(
  state: HellotextState,
  ctx: RouteContext,
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
  state: HellotextState,
  ctx: RouteContext,
  accountId: string,
  input: ProductInput,
  at = '',
): ProductRecord | RouteResult {
  if (!input.name) return parameterMissing(`${at}name`)
  if (
    input.reference !== undefined &&
    findBySourceReference(state, accountId, input.source, input.reference)
  )
    return notUnique(`${at}reference`, MESSAGES.referenceTaken('product'))
  const { variants, ...fields } = input
  const product = state.products.insert({
    accountId,
    id: newId(ctx, (id) => findProduct(state, accountId, id) !== undefined),
    seq: state.nextSeq(),
    categories: [],
    collection: [],
    tags: [],
    metadata: {},
    ...(defined(fields) as ProductInput),
    variantIds: [],
  })
  return variants?.length ? replaceVariants(state, ctx, product, variants) : product
}

export function updateProduct(
  state: HellotextState,
  ctx: RouteContext,
  product: ProductRecord,
  input: ProductUpdate,
): ProductRecord | RouteResult {
  const { variants, ...fields } = input
  const source = fields.source ?? product.source
  const reference = fields.reference ?? product.reference
  if (reference !== undefined) {
    const holder = findBySourceReference(state, product.accountId, source, reference)
    if (holder && holder.id !== product.id)
      return notUnique('reference', MESSAGES.referenceTaken('product'))
  }
  const updated = state.products.update(product, (p) => ({ ...p, ...defined(fields) }))
  return variants === undefined ? updated : replaceVariants(state, ctx, updated, variants)
}

export function deleteProduct(state: HellotextState, product: ProductRecord): void {
  for (const id of product.variantIds) {
    const variant = findIn(state.variants, product.accountId, id)
    if (variant) state.variants.delete(variant)
  }
  state.products.delete(product)
}

/** Adds a variant; a product's first variant brings the default variant with it. */
export function addVariant(
  state: HellotextState,
  ctx: RouteContext,
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
  state: HellotextState,
  variant: VariantRecord,
  input: VariantInput,
): VariantRecord | RouteResult {
  if (variant.isDefault) return notAllowed('id', DEFAULT_VARIANT_LOCKED)
  return state.variants.update(variant, (v) => ({ ...v, ...defined(input) }))
}

/** Deletes a variant; when only the default variant would be left, it goes too. */
export function deleteVariant(
  state: HellotextState,
  variant: VariantRecord,
): RouteResult | undefined {
  if (variant.isDefault) return notAllowed('id', DEFAULT_VARIANT_LOCKED)
  state.variants.delete(variant)
  const product = findProduct(state, variant.accountId, variant.productId)
  if (!product) return undefined
  let ids = product.variantIds.filter((id) => id !== variant.id)
  if (ids.length === 1) {
    const lone = findIn(state.variants, product.accountId, ids[0] as string)
    if (lone) state.variants.delete(lone)
    ids = []
  }
  state.products.update(product, (p) => ({ ...p, variantIds: ids }))
  return undefined
}

/**
 * A product an order item, a cart item or a tracked event names: an id, reference or SKU, or the
 * product's parameters inline (found by `source` + `reference`, else created).
 */
export function resolveProduct(
  state: HellotextState,
  ctx: RouteContext,
  accountId: string,
  ref: string | ProductInput,
  at: string,
): ProductRecord | RouteResult {
  if (typeof ref === 'string') {
    return findProductByKey(state, accountId, ref) ?? notFound(at, MESSAGES.resourceNotFound)
  }
  if (ref.reference !== undefined) {
    const found = findBySourceReference(state, accountId, ref.source, ref.reference)
    if (found) return found
  }
  return createProduct(state, ctx, accountId, ref, `${at}.`)
}
