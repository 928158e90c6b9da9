/**
 * Tracking actions: the built-in ones (read from the spec's `BuiltInAction` enum, never restated
 * here), the object each refers to, the order lifecycle actions Hellotext de-duplicates, and the
 * business's custom actions.
 *
 * @see shared/research/hellotext-reskyt.md A5 (built-in actions [DOC: HELP tracking-events]),
 * A2 "Idempotency" (one event per order and action [DOC: HELP orders])
 */
import hellotextDocument from '../../../src/generated/hellotext.document.ts'
import { IndexedTable, scopedKey } from '../../sandbox/records/indexed-table.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import { MESSAGES, notUnique } from '../errors.ts'
import type { Owned } from '../records.ts'

export interface ActionRecord extends Owned {
  name: string
}

export function createActionTables() {
  return {
    actions: new IndexedTable<ActionRecord, 'name'>({
      name: 'actions',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: { name: (r) => scopedKey(r.accountId, r.name) },
    }),
  }
}

export type ActionTables = ReturnType<typeof createActionTables>

/** What an action's `object` is: a record type, a URL (`page.viewed`), a custom object, or nothing. */
export type ObjectKind =
  | 'none'
  | 'url'
  | 'product'
  | 'cart'
  | 'order'
  | 'coupon'
  | 'refund'
  | 'form'
  | 'location'
  | 'app'
  | 'custom'

const schemas = (hellotextDocument.components?.schemas ?? {}) as Record<string, { enum?: string[] }>

export const BUILT_IN_ACTIONS: ReadonlySet<string> = new Set(schemas.BuiltInAction?.enum ?? [])

/** Built-in structures of the Objects API [DOC: HELP objects], singular: custom names may not take them. */
export const BUILT_IN_STRUCTURES: ReadonlySet<string> = new Set([
  'app',
  'cart',
  'form',
  'location',
  'order',
  'product',
  'refund',
])

/** The order lifecycle actions kept once per (order, action) on an identified profile [DOC]. */
export const ORDER_LIFECYCLE_ACTIONS: ReadonlySet<string> = new Set(
  [...BUILT_IN_ACTIONS].filter((action) => action.startsWith('order.')),
)

const KIND_BY_PREFIX: Record<string, ObjectKind> = {
  product: 'product',
  cart: 'cart',
  order: 'order',
  coupon: 'coupon',
  refund: 'refund',
  form: 'form',
  app: 'app',
  page: 'url',
  // The object of `checkout.started` is not documented [UNK]; a checkout starts from a cart [INF].
  checkout: 'cart',
}

/** Each built-in action's own name string and object, worked out once: every tracked event asks. */
const BUILT_IN: ReadonlyMap<string, { name: string; kind: ObjectKind }> = new Map(
  [...BUILT_IN_ACTIONS].map((action) => [
    action,
    { name: action, kind: KIND_BY_PREFIX[action.split('.')[0] as string] ?? 'none' },
  ]),
)

/** The object a built-in action refers to, from its `object.verb` name [DOC: A5 table]. */
export function objectKindOf(action: string): ObjectKind {
  return BUILT_IN.get(action)?.kind ?? 'custom'
}

/**
 * The sandbox's own string for a built-in action's name: what a kept event holds, rather than
 * the copy each request's body parsed (the event log kept 10,000 copies of "product.purchased").
 */
export function builtInName(action: string): string {
  return BUILT_IN.get(action)?.name ?? action
}

export function findCustomAction(
  state: ActionTables,
  accountId: string,
  name: string,
): ActionRecord | undefined {
  return state.actions.findBy('name', scopedKey(accountId, name))
}

/** True when the business can track `action`: a built-in action or one of its custom actions. */
export function isKnownAction(state: ActionTables, accountId: string, action: string): boolean {
  return BUILT_IN_ACTIONS.has(action) || findCustomAction(state, accountId, action) !== undefined
}

/** A custom action name must be neither built in nor another action's. */
export function checkActionName(
  state: ActionTables,
  accountId: string,
  name: string,
  self?: string,
): void {
  const holder = findCustomAction(state, accountId, name)
  if (BUILT_IN_ACTIONS.has(name) || (holder && holder.id !== self))
    throw rejectWith(notUnique('name', MESSAGES.taken('action')))
}

export function orderEventKey(accountId: string, order: string, action: string, profile: string) {
  return `${accountId}\u0000${order}\u0000${action}\u0000${profile}`
}

export function actionResource(action: ActionRecord) {
  return { id: action.id, name: action.name }
}
