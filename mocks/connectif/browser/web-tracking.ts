/**
 * What the browser channel leaves in an account: trackers (one per browser, each pointing at a
 * contact), the contacts' web activities, the last cart each contact's browser reported, their
 * push subscriptions, and the web pushes the sandbox sent in Connectif's place (the outbox).
 *
 * @see shared/research/connectif-browser.md §3 (tracker id, 24 chars [CODE]), §10 (activity
 * names [DOC]; the client sends cart snapshots and Connectif derives added/removed [DOC])
 */

import type { WebPushPayload } from '../../browser/service-worker.ts'
import { IndexedTable, scopedKey } from '../../sandbox/records/indexed-table.ts'

export interface TrackerRecord {
  /** The tracker id the browser keeps in localStorage `cn_tracker`. */
  id: string
  accountId: string
  contactId: string
  createdAt: string
}

/** One activity of a contact, as Connectif names it (`web-page-visited`, `product-visited`, …). */
export interface ActivityRecord {
  id: string
  accountId: string
  contactId: string
  type: string
  date: string
  trackerId?: string
  /** What the event carried (url, product, searchText, cart change, …). */
  details: Record<string, unknown>
}

export interface CartStateRecord {
  accountId: string
  contactId: string
  cart: Record<string, unknown>
  updatedAt: string
}

export interface PushSubscriptionRecord {
  accountId: string
  contactId: string
  endpoint: string
  keys: { p256dh: string; auth: string }
  expirationTime?: number | null
  subscribedAt: string
}

/** A web push the sandbox would have sent to one subscription: what Connectif hands the push service. */
export interface WebPushRecord {
  id: string
  accountId: string
  contactId: string
  endpoint: string
  payload: WebPushPayload
  sentAt: string
}

/** One notification as the sandbox applied it, with what it left out (the browser never hears why). */
export interface NotificationRecord {
  id: string
  accountId: string
  contactId: string
  trackerId: string
  receivedAt: string
  events: string[]
  ignored: Array<{ path: string; reason: string }>
}

export function createWebTrackingTables() {
  return {
    notifications: new IndexedTable<NotificationRecord>({
      name: 'notifications',
      primaryKey: (n) => n.id,
    }),
    trackers: new IndexedTable<TrackerRecord>({
      name: 'trackers',
      primaryKey: (t) => scopedKey(t.accountId, t.id) as string,
    }),
    activities: new IndexedTable<ActivityRecord>({
      name: 'activities',
      primaryKey: (a) => a.id,
    }),
    carts: new IndexedTable<CartStateRecord>({
      name: 'carts',
      primaryKey: (c) => scopedKey(c.accountId, c.contactId) as string,
    }),
    pushSubscriptions: new IndexedTable<PushSubscriptionRecord>({
      name: 'push subscriptions',
      primaryKey: (s) => scopedKey(s.accountId, s.endpoint) as string,
    }),
    webPushes: new IndexedTable<WebPushRecord>({
      name: 'web pushes',
      primaryKey: (p) => p.id,
    }),
  }
}

export type WebTrackingTables = ReturnType<typeof createWebTrackingTables>

/**
 * Records a web activity, dropping the oldest beyond retention.webActivities: activities are a log
 * of what browsers reported (a shop page can send one per view, forever), not resources.
 */
export function recordActivity(
  state: WebTrackingTables,
  retention: { webActivities: number },
  activity: ActivityRecord,
): void {
  state.activities.insert(activity)
  state.activities.trimOldest(retention.webActivities)
}

export function findTracker(state: WebTrackingTables, accountId: string, trackerId: string) {
  return state.trackers.get(scopedKey(accountId, trackerId) as string)
}

export function subscriptionsOf(state: WebTrackingTables, accountId: string, contactId: string) {
  return state.pushSubscriptions.findMany((q) => q.where({ accountId, contactId }))
}
