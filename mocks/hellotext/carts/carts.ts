/**
 * Carts, which `cart.*` events create and change through `object_parameters`. An item's
 * `quantity` is the resulting quantity in the cart, not the change [DOC: HELP tracking-events];
 * an item brought to 0 leaves the cart [INF]. A cart belongs to the event's profile, or to its
 * anonymous session until the session is attached.
 *
 * @see shared/research/hellotext-reskyt.md A6 "Cart" [DOC: HELP-new custom-store; SDK: WP]
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { IndexedTable, scopedKey } from '../../sandbox/records/indexed-table.ts'
import { type ProductTables, resolveProduct } from '../products/products.ts'
import {
  asReference,
  findIn,
  newestFirst,
  newId,
  type Owned,
  type Schemas,
  type Sequence,
  seconds,
  sourceReference,
} from '../records.ts'

export interface CartRecord extends Owned {
  reference?: string
  source?: string
  items: Array<{ product: string; quantity: number }>
  created_at: number
  /** Who the cart belongs to; an anonymous session's cart moves to the profile on attach. */
  profile: string | null
  session: string | null
}

export function createCartTables() {
  return {
    carts: new IndexedTable<CartRecord, 'sourceReference'>({
      name: 'carts',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: { sourceReference },
    }),
  }
}

export type CartTables = ReturnType<typeof createCartTables>

export interface CartOwner {
  profile: string | null
  session: string | null
}

export function findCart(state: CartTables, accountId: string, id: string) {
  return findIn(state.carts, accountId, id)
}

export function cartResource(cart: CartRecord): Schemas['Cart'] {
  return {
    id: cart.id,
    ...(cart.reference === undefined ? {} : { reference: cart.reference }),
    ...(cart.source === undefined ? {} : { source: cart.source }),
    items: cart.items,
    created_at: cart.created_at,
  }
}

/**
 * The cart `params` describe, found by `source` + `reference` (or, without a reference, the
 * owner's newest cart [INF]) or created, with its items set to the quantities given.
 */
export function applyCartParameters(
  state: CartTables & ProductTables & Sequence,
  ctx: CallerContext,
  params: Schemas['CartInput'],
  owner: CartOwner,
  at: string,
): CartRecord {
  const accountId = ctx.account.id
  // WooCommerce's references are integers; a reference is kept as text [INF].
  const reference = asReference(params.reference)
  const { source } = params
  const changes: Array<{ product: string; quantity: number }> = []
  for (const [index, item] of (params.items ?? []).entries()) {
    const product = resolveProduct(state, ctx, item.product, `${at}items[${index}].product`)
    changes.push({ product: product.id, quantity: item.quantity })
  }
  let cart =
    reference === undefined
      ? ownersNewestCart(state, accountId, owner)
      : state.carts.findBy(
          'sourceReference',
          scopedKey(accountId, `${source ?? ''}\u0000${reference}`),
        )
  cart ??= state.carts.insert({
    accountId,
    id: newId(ctx, (id) => findCart(state, accountId, id) !== undefined),
    seq: state.nextSeq(),
    ...(reference === undefined ? {} : { reference }),
    ...(source === undefined ? {} : { source }),
    items: [],
    created_at: seconds(ctx.now),
    profile: null,
    session: null,
  })
  const items = new Map(cart.items.map((item) => [item.product, item.quantity]))
  for (const change of changes) {
    if (change.quantity === 0) items.delete(change.product)
    else items.set(change.product, change.quantity)
  }
  return state.carts.update(cart, (c) => ({
    ...c,
    items: [...items].map(([product, quantity]) => ({ product, quantity })),
    profile: c.profile ?? owner.profile,
    session: c.session ?? owner.session,
  }))
}

function ownersNewestCart(state: CartTables, accountId: string, owner: CartOwner) {
  if (owner.profile === null && owner.session === null) return undefined
  return newestFirst(state.carts, accountId, (c) =>
    owner.profile !== null ? c.profile === owner.profile : c.session === owner.session,
  )[0]
}
