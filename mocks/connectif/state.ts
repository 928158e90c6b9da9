/**
 * Connectif's state in one sandbox: one indexed table per resource, every record scoped to an
 * account. Records are the API resources as Connectif returns them, plus `accountId`, which
 * `toResource()` strips before a record leaves the sandbox.
 *
 * @see shared/research/connectif.md §13.3 — contacts keyed by lower-cased email and external id,
 * products by productId, purchases by id with a unique purchaseId [INF]
 */
import type { components } from '../../src/generated/connectif.ts'
import { IndexedTable, scopedKey } from '../sandbox/indexed-table.ts'

type Schemas = components['schemas']

/** The sandbox writes fields the API marks readOnly (ids, timestamps, computed stats). */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] }

export type Scoped<T> = Mutable<T> & { accountId: string }

export type ContactRecord = Scoped<Schemas['Contact']>
export type ProductRecord = Scoped<Schemas['Product']>
export type PurchaseRecord = Scoped<Schemas['Purchase'] & { triggerPurchaseEvent: boolean }>
export type CouponSetRecord = Scoped<Schemas['CouponSet'] & { codes: string[] }>
export type ContactFieldRecord = Scoped<Schemas['ContactField']>
export type CustomIntegrationRecord = Scoped<Schemas['CustomIntegration']>
export type CustomEventTypeRecord = Scoped<Schemas['CustomEventType']>
export type WorkflowRecord = Scoped<Schemas['Workflow']>

/** An import job, with the rows still to apply and the row errors found so far. */
export type ImportRecord = Scoped<
  Schemas['Import'] & {
    /** Parsed CSV rows not yet applied, in file order. */
    pendingRows: Array<Record<string, string>>
    /** Row number (1 = first data row) and reason, for the error report. */
    rowErrors: Array<{ row: number; reason: string }>
    /** Rows applied so far (success + errors). */
    processed: number
  }
>

export type ExportRecord = Scoped<Schemas['Export'] & { rows: string[][] }>

/** A custom event received through the API, kept so tests can assert what arrived. */
export type ReceivedCustomEventRecord = Scoped<
  Schemas['CreateCustomEventResponse'] & { payload: Record<string, unknown> }
>

/** Strips the sandbox's bookkeeping (`accountId` and any field listed) from a record. */
export function toResource<T extends { accountId: string }, K extends keyof T = never>(
  record: T,
  ...internal: K[]
): Omit<T, 'accountId' | K> {
  const { accountId: _accountId, ...rest } = record
  for (const key of internal) delete (rest as Partial<T>)[key]
  return rest as Omit<T, 'accountId' | K>
}

/** Per-account Connectif settings: the store and its authorized domains (E0103/E0201). */
export interface ConnectifAccountSettings {
  store: { name?: string; url?: string; timezone?: string }
  /** Empty: every domain is accepted [INF], so a fresh sandbox does not reject product URLs. */
  allowedDomains: string[]
}

export function createConnectifState() {
  const settings = new Map<string, ConnectifAccountSettings>()
  return {
    /** The account's Connectif settings, created on first use. */
    accountSettings(accountId: string): ConnectifAccountSettings {
      let found = settings.get(accountId)
      if (!found) {
        found = { store: {}, allowedDomains: [] }
        settings.set(accountId, found)
      }
      return found
    },
    contacts: new IndexedTable<ContactRecord, 'email' | 'externalId'>({
      name: 'contacts',
      primaryKey: (c) => c.id,
      uniqueKeys: {
        email: (c) => scopedKey(c.accountId, c._email?.toLowerCase()),
        externalId: (c) => scopedKey(c.accountId, c._externalId),
      },
    }),
    products: new IndexedTable<ProductRecord, 'productId'>({
      name: 'products',
      primaryKey: (p) => p.id,
      uniqueKeys: { productId: (p) => scopedKey(p.accountId, p.productId) },
    }),
    /** Connectif contact id → ids of its purchases, to recompute the contact's purchase stats. */
    purchaseIdsByContact: new Map<string, Set<string>>(),
    purchases: new IndexedTable<PurchaseRecord, 'purchaseId'>({
      name: 'purchases',
      primaryKey: (p) => p.id,
      uniqueKeys: { purchaseId: (p) => scopedKey(p.accountId, p.purchaseId) },
    }),
    couponSets: new IndexedTable<CouponSetRecord>({ name: 'coupon sets', primaryKey: (c) => c.id }),
    contactFields: new IndexedTable<ContactFieldRecord>({
      name: 'contact fields',
      primaryKey: (f) => scopedKey(f.accountId, f.id) as string,
    }),
    imports: new IndexedTable<ImportRecord>({ name: 'imports', primaryKey: (i) => i.id }),
    exports: new IndexedTable<ExportRecord>({ name: 'exports', primaryKey: (e) => e.id }),
    customIntegrations: new IndexedTable<CustomIntegrationRecord>({
      name: 'custom integrations',
      primaryKey: (i) => i.id,
    }),
    customEventTypes: new IndexedTable<CustomEventTypeRecord, 'alias'>({
      name: 'custom event types',
      primaryKey: (t) => t.id,
      uniqueKeys: { alias: (t) => scopedKey(t.accountId, t.alias ?? undefined) },
    }),
    receivedCustomEvents: new IndexedTable<ReceivedCustomEventRecord>({
      name: 'custom events',
      primaryKey: (e) => e.id,
    }),
    /** Outbound custom events the sandbox sent, with the receiver's answer. */
    outboundDeliveries: new IndexedTable<import('./outbound.ts').OutboundDelivery>({
      name: 'outbound deliveries',
      primaryKey: (d) => d.id,
    }),
    workflows: new IndexedTable<WorkflowRecord>({ name: 'workflows', primaryKey: (w) => w.id }),
  }
}

export type ConnectifState = ReturnType<typeof createConnectifState>

/** Finds a contact of the account by email (case-insensitive), without scanning. */
export function findContactByEmail(state: ConnectifState, accountId: string, email: string) {
  return state.contacts.findBy('email', scopedKey(accountId, email.toLowerCase()))
}

export function findContactByExternalId(
  state: ConnectifState,
  accountId: string,
  externalId: string,
) {
  return state.contacts.findBy('externalId', scopedKey(accountId, externalId))
}
