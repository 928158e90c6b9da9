/**
 * The outbox and the devices it is delivered to: accepted pushes, one entry per device token, and
 * the delivery state each one has at a given sandbox time. Delivery is simulated a fixed delay
 * after acceptance; a push whose `dateEnd` has passed by then is expired and never delivered; a
 * token the account's app does not know is undeliverable. Reskyt itself reports nothing back (no
 * delivery errors, opens or clicks), so the outbox is the sandbox's window onto what would have
 * reached a phone. Both push APIs write here.
 *
 * @see shared/research/hellotext-reskyt.md PART B; shared/seeds/connectif-reskyt-integration.en.txt
 */
import { IndexedTable, scopedKey } from '../../sandbox/records/indexed-table.ts'

export interface DeviceRecord {
  accountId: string
  token: string
  platform?: 'android' | 'ios'
  registeredAt: string
}

/** One push to one device token, as it sits in the outbox. */
export interface OutboxRecord {
  id: string
  accountId: string
  /** Which API accepted it. */
  source: 'json' | 'legacy'
  token: string
  /** False when the account has no such device: kept, since Reskyt cannot say so, but flagged. */
  knownToken: boolean
  title: string
  url?: string
  pictureUrl?: string
  utmCampaign?: string
  /** Epoch seconds after which the push is no longer delivered. */
  dateEnd?: number
  acceptedAt: number
}

export function createOutboxTables() {
  return {
    devices: new IndexedTable<DeviceRecord, 'token'>({
      name: 'devices',
      primaryKey: (d) => scopedKey(d.accountId, d.token) as string,
    }),
    outbox: new IndexedTable<OutboxRecord>({ name: 'outbox', primaryKey: (p) => p.id }),
  }
}

export type OutboxTables = ReturnType<typeof createOutboxTables>

/** How long after acceptance a push reaches the phone, in sandbox milliseconds [INF]. */
export const DELIVERY_DELAY_MS = 1_000

export const DELIVERY_STATES = ['queued', 'delivered', 'expired', 'unknown-token'] as const
export type DeliveryState = (typeof DELIVERY_STATES)[number]

export function deliveryStateAt(entry: OutboxRecord, now: number): DeliveryState {
  if (!entry.knownToken) return 'unknown-token'
  const deliverAt = entry.acceptedAt + DELIVERY_DELAY_MS
  if (entry.dateEnd !== undefined && entry.dateEnd * 1000 <= Math.min(now, deliverAt))
    return 'expired'
  return now >= deliverAt ? 'delivered' : 'queued'
}

export function isKnownToken(state: OutboxTables, accountId: string, token: string): boolean {
  return state.devices.get(scopedKey(accountId, token) as string) !== undefined
}

export interface AcceptedPush {
  source: OutboxRecord['source']
  title: string
  tokens: string[]
  url?: string
  pictureUrl?: string
  utmCampaign?: string
  dateEnd?: number
}

/**
 * Puts one entry per token in the outbox and returns them; the outbox then keeps its newest
 * `keep` entries (the sandbox's retention limit), so a long-running server stays flat in memory.
 */
export function enqueuePush(
  state: OutboxTables,
  accountId: string,
  push: AcceptedPush,
  now: number,
  newId: () => string,
  keep: number,
): OutboxRecord[] {
  const entries = push.tokens.map((token) =>
    state.outbox.insert({
      id: newId(),
      accountId,
      source: push.source,
      token,
      knownToken: isKnownToken(state, accountId, token),
      title: push.title,
      // Every key always there (undefined when not sent, which JSON leaves out): one shape for
      // every entry, built without a spread per optional field.
      url: push.url || undefined,
      pictureUrl: push.pictureUrl || undefined,
      utmCampaign: push.utmCampaign || undefined,
      dateEnd: push.dateEnd,
      acceptedAt: now,
    }),
  )
  state.outbox.trimOldest(keep)
  return entries
}
