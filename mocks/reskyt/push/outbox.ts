/**
 * The outbox: accepted pushes, one entry per device token, and the delivery state each one has
 * at a given sandbox time. Delivery is simulated a fixed delay after acceptance; a push whose
 * `dateEnd` has passed by then is expired and never delivered; an unknown token is undeliverable.
 */
import type { OutboxRecord, ReskytState } from './state.ts'
import { isKnownToken } from './state.ts'

/** How long after acceptance a push reaches the phone, in sandbox milliseconds [INF]. */
export const DELIVERY_DELAY_MS = 1_000

export type DeliveryState = 'queued' | 'delivered' | 'expired' | 'unknown-token'

export function deliveryStateAt(entry: OutboxRecord, now: number): DeliveryState {
  if (!entry.knownToken) return 'unknown-token'
  const deliverAt = entry.acceptedAt + DELIVERY_DELAY_MS
  if (entry.dateEnd !== undefined && entry.dateEnd * 1000 <= Math.min(now, deliverAt))
    return 'expired'
  return now >= deliverAt ? 'delivered' : 'queued'
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

/** Puts one entry per token in the outbox; returns them. */
export function enqueuePush(
  state: ReskytState,
  accountId: string,
  push: AcceptedPush,
  now: number,
  newId: () => string,
): OutboxRecord[] {
  return push.tokens.map((token) =>
    state.outbox.insert({
      id: newId(),
      accountId,
      source: push.source,
      token,
      knownToken: isKnownToken(state, accountId, token),
      title: push.title,
      ...(push.url ? { url: push.url } : {}),
      ...(push.pictureUrl ? { pictureUrl: push.pictureUrl } : {}),
      ...(push.utmCampaign ? { utmCampaign: push.utmCampaign } : {}),
      ...(push.dateEnd !== undefined ? { dateEnd: push.dateEnd } : {}),
      acceptedAt: now,
    }),
  )
}
