/**
 * Orders and their items. There is no `total` parameter: the total is computed from the items
 * (an item without a price takes the product's current price). `delivery` is required for
 * `source: custom_store`. (`source`, `reference`) is unique. `total`, `amount` and `currency`
 * from older clients are tolerated and ignored; other extra members are custom properties.
 *
 * @see shared/research/hellotext-reskyt.md A6 "Order" [DOC: HELP orders; SDK: WP, VTEX]
 */
import type { components } from '../../src/generated/hellotext.ts'
import { scopedKey } from '../sandbox/indexed-table.ts'
import type { RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import { MESSAGES, notUnique, parameterMissing } from './errors.ts'
import { resolveProduct } from './products-model.ts'
import { isResult, money, newId, seconds } from './route-helpers.ts'
import {
  findIn,
  type HellotextState,
  type OrderItemRecord,
  type OrderRecord,
  type Price,
} from './state.ts'

type Schemas = components['schemas']
export type OrderInput = Schemas['OrderInput'] & Record<string, unknown>
export type OrderItemInput = Schemas['OrderItemInput']

const KNOWN = new Set([
  'reference',
  'source',
  'name',
  'delivery',
  'payment_method',
  'sales_channel',
  'metadata',
  'items',
])
/** Sent by WooCommerce and vtex-checkout (the total is computed instead [DOC]), or the sandbox's own. */
const IGNORED = new Set(['total', 'amount', 'currency', 'id', 'created_at'])

export function findOrder(state: HellotextState, accountId: string, id: string) {
  return findIn(state.orders, accountId, id)
}

export function findOrderBySourceReference(
  state: HellotextState,
  accountId: string,
  source: string | undefined,
  reference: string,
) {
  return state.orders.findBy(
    'sourceReference',
    scopedKey(accountId, `${source ?? ''}\u0000${reference}`),
  )
}

export function orderItemResource(item: OrderItemRecord) {
  return {
    id: item.id,
    product: item.product,
    quantity: item.quantity,
    ...(item.price ? { price: item.price } : {}),
  }
}

function itemsOf(state: HellotextState, order: OrderRecord): OrderItemRecord[] {
  return order.itemIds
    .map((id) => findIn(state.orderItems, order.accountId, id))
    .filter((item): item is OrderItemRecord => item !== undefined)
}

/** Σ price × quantity over the items that have a price, in the first priced item's currency [INF]. */
export function orderTotal(state: HellotextState, order: OrderRecord): Price | undefined {
  const priced = itemsOf(state, order).filter((item) => item.price?.amount !== undefined)
  if (priced.length === 0) return undefined
  const amount = priced.reduce((sum, item) => sum + (item.price?.amount ?? 0) * item.quantity, 0)
  const currency = priced.find((item) => item.price?.currency)?.price?.currency
  return { amount: money(amount), ...(currency ? { currency } : {}) }
}

export function orderResource(state: HellotextState, order: OrderRecord) {
  const total = orderTotal(state, order)
  return {
    id: order.id,
    ...order.custom,
    ...Object.fromEntries(
      (
        ['reference', 'source', 'name', 'delivery', 'payment_method', 'sales_channel'] as const
      ).flatMap((key) => (order[key] === undefined ? [] : [[key, order[key]]])),
    ),
    metadata: order.metadata,
    items: itemsOf(state, order).map(orderItemResource),
    ...(total ? { total } : {}),
    created_at: order.created_at,
  }
}

/** Builds an item of `order` (not yet stored), resolving its product; `at` names it in errors. */
export function buildItem(
  state: HellotextState,
  ctx: RouteContext,
  order: Pick<OrderRecord, 'accountId' | 'id'>,
  input: OrderItemInput,
  at: string,
): OrderItemRecord | RouteResult {
  const product = resolveProduct(state, ctx, order.accountId, input.product, `${at}product`)
  if (isResult(product)) return product
  const price = input.price ?? product.price
  return {
    accountId: order.accountId,
    id: newId(ctx, (id) => findIn(state.orderItems, order.accountId, id) !== undefined),
    seq: state.nextSeq(),
    orderId: order.id,
    product: product.id,
    quantity: input.quantity,
    ...(price ? { price } : {}),
  }
}

function splitFields(input: OrderInput) {
  const fields: Partial<OrderRecord> = {}
  const custom: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || key === 'items' || IGNORED.has(key)) continue
    if (KNOWN.has(key)) (fields as Record<string, unknown>)[key] = value
    else custom[key] = value
  }
  return { fields, custom }
}

/** Builds (and stores) the items; every product is resolved before anything is written. */
function buildItems(
  state: HellotextState,
  ctx: RouteContext,
  order: Pick<OrderRecord, 'accountId' | 'id'>,
  inputs: OrderItemInput[],
  at: string,
): string[] | RouteResult {
  const items: OrderItemRecord[] = []
  for (const [index, input] of inputs.entries()) {
    const item = buildItem(state, ctx, order, input, `${at}items[${index}].`)
    if (isResult(item)) return item
    items.push(item)
  }
  return items.map((item) => state.orderItems.insert(item).id)
}

export function createOrder(
  state: HellotextState,
  ctx: RouteContext,
  accountId: string,
  input: OrderInput,
  at = '',
): OrderRecord | RouteResult {
  if (input.source === 'custom_store' && input.delivery === undefined)
    return parameterMissing(`${at}delivery`)
  if (
    input.reference !== undefined &&
    findOrderBySourceReference(state, accountId, input.source, input.reference)
  )
    return notUnique(`${at}reference`, MESSAGES.referenceTaken('order'))
  const id = newId(ctx, (candidate) => findOrder(state, accountId, candidate) !== undefined)
  const itemIds = buildItems(state, ctx, { accountId, id }, input.items ?? [], at)
  if (isResult(itemIds)) return itemIds
  const { fields, custom } = splitFields(input)
  return state.orders.insert({
    accountId,
    id,
    seq: state.nextSeq(),
    metadata: {},
    ...fields,
    custom,
    itemIds,
    created_at: seconds(ctx.now),
  })
}

/** Fixes attributes; `items`, when sent, replace the items [INF]. Tracks no lifecycle event [DOC]. */
export function updateOrder(
  state: HellotextState,
  ctx: RouteContext,
  order: OrderRecord,
  input: OrderInput,
): OrderRecord | RouteResult {
  const source = input.source ?? order.source
  const reference = input.reference ?? order.reference
  if (reference !== undefined) {
    const holder = findOrderBySourceReference(state, order.accountId, source, reference)
    if (holder && holder.id !== order.id)
      return notUnique('reference', MESSAGES.referenceTaken('order'))
  }
  if (source === 'custom_store' && (input.delivery ?? order.delivery) === undefined)
    return parameterMissing('delivery')
  let itemIds = order.itemIds
  if (input.items !== undefined) {
    const built = buildItems(state, ctx, order, input.items, '')
    if (isResult(built)) return built
    for (const item of itemsOf(state, order)) state.orderItems.delete(item)
    itemIds = built
  }
  const { fields, custom } = splitFields(input)
  return state.orders.update(order, (o) => ({
    ...o,
    ...fields,
    custom: { ...o.custom, ...custom },
    itemIds,
  }))
}
