/**
 * Orders and their items. There is no `total` parameter: the total is computed from the items
 * (an item without a price takes the product's current price). `delivery` is required for
 * `source: custom_store`. (`source`, `reference`) is unique. `total`, `amount` and `currency`
 * from older clients are tolerated and ignored; other extra members are custom properties.
 *
 * @see shared/research/hellotext-reskyt.md A6 "Order" [DOC: HELP orders; SDK: WP, VTEX]
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { IndexedTable, scopedKey } from '../../sandbox/records/indexed-table.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import { MESSAGES, notUnique, parameterMissing } from '../errors.ts'
import { type ProductTables, resolveProduct } from '../products/products.ts'
import {
  asPrice,
  asReference,
  byId,
  findIn,
  money,
  newId,
  type Owned,
  type Price,
  type Schemas,
  type Sequence,
  seconds,
  sourceReference,
} from '../records.ts'

export type OrderInput = Schemas['OrderInput'] & Record<string, unknown>
export type OrderItemInput = Schemas['OrderItemInput']

export interface OrderRecord extends Owned {
  reference?: string
  source?: string
  name?: string
  delivery?: 'deliver' | 'collect'
  payment_method?: string
  sales_channel?: string
  metadata: Record<string, unknown>
  /** Custom order properties sent as extra members [DOC: HELP orders], echoed back [INF]. */
  custom: Record<string, unknown>
  itemIds: string[]
  created_at: number
}

export interface OrderItemRecord extends Owned {
  orderId: string
  product: string
  quantity: number
  price?: Price
}

export function createOrderTables() {
  return {
    orders: new IndexedTable<OrderRecord, 'sourceReference'>({
      name: 'orders',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: { sourceReference },
    }),
    orderItems: byId<OrderItemRecord>('order items'),
  }
}

export type OrderTables = ReturnType<typeof createOrderTables>

type OrderState = OrderTables & ProductTables & Sequence

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

export function findOrder(state: OrderTables, accountId: string, id: string) {
  return findIn(state.orders, accountId, id)
}

export function findOrderBySourceReference(
  state: OrderTables,
  accountId: string,
  source: string | undefined,
  reference: string,
) {
  return state.orders.findBy(
    'sourceReference',
    scopedKey(accountId, `${source ?? ''}\u0000${reference}`),
  )
}

export function orderItemResource(item: OrderItemRecord): Schemas['OrderItem'] {
  return {
    id: item.id,
    product: item.product,
    quantity: item.quantity,
    ...(item.price ? { price: item.price } : {}),
  }
}

function itemsOf(state: OrderTables, order: OrderRecord): OrderItemRecord[] {
  return order.itemIds
    .map((id) => findIn(state.orderItems, order.accountId, id))
    .filter((item): item is OrderItemRecord => item !== undefined)
}

/** Σ price × quantity over the items that have a price, in the first priced item's currency [INF]. */
export function orderTotal(state: OrderTables, order: OrderRecord): Price | undefined {
  const priced = itemsOf(state, order).filter((item) => item.price?.amount !== undefined)
  if (priced.length === 0) return undefined
  const amount = priced.reduce((sum, item) => sum + (item.price?.amount ?? 0) * item.quantity, 0)
  const currency = priced.find((item) => item.price?.currency)?.price?.currency
  return { amount: money(amount), ...(currency ? { currency } : {}) }
}

export function orderResource(state: OrderTables, order: OrderRecord): Schemas['Order'] {
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
  state: OrderState,
  ctx: CallerContext,
  order: Pick<OrderRecord, 'accountId' | 'id'>,
  input: OrderItemInput,
  at: string,
): OrderItemRecord {
  const product = resolveProduct(state, ctx, input.product, `${at}product`)
  const price = input.price ? asPrice(input.price) : product.price
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
    // A reference is kept as text (WooCommerce sends integers) [INF].
    if (key === 'reference') fields.reference = asReference(value as Schemas['Reference'])
    else if (KNOWN.has(key)) (fields as Record<string, unknown>)[key] = value
    else custom[key] = value
  }
  return { fields, custom }
}

/**
 * Builds (and stores) the items. Nothing is left behind when an item fails: products named by
 * key are all found before an inline product is created, and inline products created for earlier
 * items are removed again.
 */
function buildItems(
  state: OrderState,
  ctx: CallerContext,
  order: Pick<OrderRecord, 'accountId' | 'id'>,
  inputs: OrderItemInput[],
  at: string,
): string[] {
  for (const [index, input] of inputs.entries())
    if (typeof input.product === 'string')
      resolveProduct(state, ctx, input.product, `${at}items[${index}].product`)
  const seqBefore = state.lastSeq
  try {
    const items = inputs.map((input, index) =>
      buildItem(state, ctx, order, input, `${at}items[${index}].`),
    )
    return items.map((item) => state.orderItems.insert(item).id)
  } catch (error) {
    state.products.deleteMany((q) =>
      q.where((p) => p.accountId === order.accountId && p.seq > seqBefore),
    )
    throw error
  }
}

export function createOrder(
  state: OrderState,
  ctx: CallerContext,
  input: OrderInput,
  at = '',
): OrderRecord {
  const accountId = ctx.account.id
  if (input.source === 'custom_store' && input.delivery === undefined)
    throw rejectWith(parameterMissing(`${at}delivery`))
  const reference = asReference(input.reference)
  if (
    reference !== undefined &&
    findOrderBySourceReference(state, accountId, input.source, reference)
  )
    throw rejectWith(notUnique(`${at}reference`, MESSAGES.referenceTaken('order')))
  const id = newId(ctx, (candidate) => findOrder(state, accountId, candidate) !== undefined)
  const itemIds = buildItems(state, ctx, { accountId, id }, input.items ?? [], at)
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
  state: OrderState,
  ctx: CallerContext,
  order: OrderRecord,
  input: OrderInput,
): OrderRecord {
  const source = input.source ?? order.source
  const reference = asReference(input.reference) ?? order.reference
  if (reference !== undefined) {
    const holder = findOrderBySourceReference(state, order.accountId, source, reference)
    if (holder && holder.id !== order.id)
      throw rejectWith(notUnique('reference', MESSAGES.referenceTaken('order')))
  }
  if (source === 'custom_store' && (input.delivery ?? order.delivery) === undefined)
    throw rejectWith(parameterMissing('delivery'))
  let itemIds = order.itemIds
  if (input.items !== undefined) {
    const built = buildItems(state, ctx, order, input.items, '')
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
