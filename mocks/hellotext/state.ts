/**
 * Hellotext's state in one sandbox: one indexed table per resource, every record scoped to an
 * account (its primary key is `scopedKey(accountId, id)`, so ids of account A never find records
 * of account B). `seq` is the insertion order, which sorts lists newest first even when the clock
 * is frozen. Records hold the API fields plus bookkeeping that resource functions strip.
 * Over 300 lines because every record type sits here beside the table that holds it.
 *
 * @see shared/research/hellotext-reskyt.md A12 (suggested state model [INF])
 */
import type { components } from '../../src/generated/hellotext.ts'
import { IndexedTable, scopedKey } from '../sandbox/indexed-table.ts'
import type { SandboxCore } from '../sandbox/sandbox.ts'
import type { Generation } from './account-settings.ts'

type Schemas = components['schemas']

export type Price = Schemas['Price']
export type Subscription = Schemas['SubscriptionStatus']

/** Bookkeeping every record carries. */
export interface Owned {
  accountId: string
  id: string
  seq: number
}

export interface ProfileRecord extends Owned {
  first_name: string | null
  last_name: string | null
  /** Label → address; a plain `email` is stored under `primary` [INF]. */
  emails: Record<string, string>
  /** Label → E.164 number; a plain `phone` is stored under `mobile` [INF]. */
  phones: Record<string, string>
  reference?: string
  lists: string[]
  tags: string[]
  /** Property name → value. */
  properties: Record<string, unknown>
  subscription: Subscription
  created_at: number
}

export interface PropertyRecord extends Owned {
  name: string
  kind: string
  unique: boolean
}

export interface SessionRecord extends Owned {
  profile: string | null
  created_at: number
  ackedAt?: string
  utm?: Record<string, unknown>
}

export interface EventRecord extends Owned {
  action: string
  profile: string | null
  session: string | null
  object: string | null
  object_type: string | null
  amount: number | null
  currency: string | null
  metadata: Record<string, unknown>
  tracked_at: number
  created_at: number
  url?: string
  /** Which route received it: the private API or the public browser API. */
  via: 'api' | 'browser'
  /** Which generation acknowledged it (the browser API is always `current`). */
  generation: Generation
}

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

export interface CartRecord extends Owned {
  reference?: string
  source?: string
  items: Array<{ product: string; quantity: number }>
  created_at: number
  /** Who the cart belongs to; an anonymous session's cart moves to the profile on attach. */
  profile: string | null
  session: string | null
}

export interface CouponRecord extends Owned {
  code: string
  description?: string
  destination_url?: string
  reference?: string
}

export interface MessageRecord extends Owned {
  technology: Schemas['Technology']
  origin: string | null
  profile: string
  destination?: string
  body: string
  state: Schemas['MessageState']
  attachments: string[]
  template?: string
  created_at: number
}

export interface TemplateRecord extends Owned {
  name: string
  technology: 'sms' | 'whatsapp' | 'any'
  category?: 'marketing' | 'utility'
  body: string
  header?: Schemas['TemplateHeader']
  footer?: string
  buttons?: Schemas['TemplateButton'][]
  state: 'pending' | 'approved' | 'rejected'
}

export interface ActionRecord extends Owned {
  name: string
}

export interface StructureRecord extends Owned {
  title?: string
  name: string
  properties: Schemas['ObjectProperty'][]
}

/**
 * Objects tracked events refer to that have no CRUD route of their own: refunds, apps, forms and
 * custom-object instances (`type` is the structure's name).
 */
export interface InstanceRecord extends Owned {
  type: string
  source?: string
  reference?: string
  name?: string
  values: Record<string, unknown>
  created_at: number
}

export interface PopupRecord extends Owned {
  html: string
  locale: string
}

export interface SubmissionRecord extends Owned {
  kind: 'form' | 'popup'
  /** The form's or popup's id. */
  parentId: string
  token: string
  session?: string
  values: Record<string, unknown>
  profile: string | null
  /** The one-time code the visitor must type (shown by the admin API). */
  otp: string
  state: 'pending' | 'verified' | 'cancelled'
  idempotencyKey?: string
  created_at: number
}

export interface IdentificationRecord extends Owned {
  session: string
  user_id?: string
  source?: string
  profile: string
  created_at: number
}

export interface PushIdentityRecord extends Owned {
  session: string
  origin: string
  endpoint?: string
  keys?: Record<string, unknown>
  created_at: number
}

export interface PushAlertRecord extends Owned {
  session: string
  section: string
  kind: string
  created_at: number
}

export interface WebchatRecord extends Owned {}

export interface WooShopRecord extends Owned {
  shop: Record<string, unknown>
  created_at: number
}

const byId = <T extends Owned>(name: string) =>
  new IndexedTable<T>({ name, primaryKey: (r) => scopedKey(r.accountId, r.id) as string })

/** `(source, reference)` of a record, as a unique key within its account and table. */
const sourceReference = (r: { accountId: string; source?: string; reference?: string }) =>
  r.reference === undefined
    ? undefined
    : scopedKey(r.accountId, `${r.source ?? ''}\u0000${r.reference}`)

export function createHellotextState(core: SandboxCore) {
  let seq = 0
  return {
    core,
    /** The next insertion number, for newest-first ordering. */
    nextSeq: () => ++seq,
    profiles: byId<ProfileRecord>('profiles'),
    /** `scopedKey(account, "email:<lower-cased>" | "phone:<e164>")` → profile id: matching on create. */
    profileContacts: new Map<string, string>(),
    properties: new IndexedTable<PropertyRecord, 'name'>({
      name: 'properties',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: { name: (r) => scopedKey(r.accountId, r.name) },
    }),
    sessions: byId<SessionRecord>('sessions'),
    events: byId<EventRecord>('events'),
    /** `scopedKey(account, session)` → ids of its events, so attaching never scans. */
    eventsBySession: new Map<string, Set<string>>(),
    /** `account \0 order \0 action \0 profile` of built-in order events already kept. */
    orderEventKeys: new Set<string>(),
    products: new IndexedTable<ProductRecord, 'sourceReference'>({
      name: 'products',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: { sourceReference },
    }),
    variants: byId<VariantRecord>('variants'),
    orders: new IndexedTable<OrderRecord, 'sourceReference'>({
      name: 'orders',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: { sourceReference },
    }),
    orderItems: byId<OrderItemRecord>('order items'),
    carts: new IndexedTable<CartRecord, 'sourceReference'>({
      name: 'carts',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: { sourceReference },
    }),
    coupons: new IndexedTable<CouponRecord, 'code'>({
      name: 'coupons',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: { code: (r) => scopedKey(r.accountId, r.code) },
    }),
    messages: byId<MessageRecord>('messages'),
    templates: byId<TemplateRecord>('templates'),
    actions: new IndexedTable<ActionRecord, 'name'>({
      name: 'actions',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: { name: (r) => scopedKey(r.accountId, r.name) },
    }),
    structures: new IndexedTable<StructureRecord, 'name'>({
      name: 'object structures',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: { name: (r) => scopedKey(r.accountId, r.name) },
    }),
    instances: new IndexedTable<InstanceRecord, 'natural'>({
      name: 'objects',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: {
        // Apps are found by name [SDK: IOS]; everything else by (source, reference) [DOC].
        natural: (r) =>
          r.type === 'app'
            ? r.name === undefined
              ? undefined
              : scopedKey(r.accountId, `app\u0000${r.name}`)
            : r.reference === undefined
              ? undefined
              : scopedKey(r.accountId, `${r.type}\u0000${r.source ?? ''}\u0000${r.reference}`),
      },
    }),
    popups: byId<PopupRecord>('popups'),
    submissions: byId<SubmissionRecord>('submissions'),
    identifications: byId<IdentificationRecord>('identifications'),
    pushIdentities: byId<PushIdentityRecord>('push identities'),
    pushAlerts: byId<PushAlertRecord>('push alerts'),
    webchats: byId<WebchatRecord>('webchats'),
    wooShops: byId<WooShopRecord>('WooCommerce shops'),
  }
}

export type HellotextState = ReturnType<typeof createHellotextState>

/** A record of `table` in the account, by id, without scanning. */
export function findIn<T extends Owned, I extends string>(
  table: IndexedTable<T, I>,
  accountId: string,
  id: string,
): T | undefined {
  return table.get(scopedKey(accountId, id) as string)
}

/** The account's records of `table`, newest first. */
export function newestFirst<T extends Owned, I extends string>(
  table: IndexedTable<T, I>,
  accountId: string,
  where?: (record: T) => boolean,
): T[] {
  return table
    .findMany((q) => q.where((r: T) => r.accountId === accountId && (!where || where(r))))
    .sort((a, b) => b.seq - a.seq)
}
