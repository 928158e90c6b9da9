/**
 * Reskyt's state: the devices an account's app knows (device tokens) and the outbox of pushes.
 * Reskyt itself reports nothing back (no delivery errors, opens or clicks), so the outbox is the
 * sandbox's window onto what would have reached a phone.
 *
 * @see shared/research/hellotext-reskyt.md PART B; shared/seeds/connectif-reskyt-integration.en.txt
 */
import { IndexedTable, scopedKey } from '../sandbox/indexed-table.ts'

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

export function createReskytState() {
  const settings = new Map<string, { apiActivated: boolean }>()
  return {
    devices: new IndexedTable<DeviceRecord, 'token'>({
      name: 'devices',
      primaryKey: (d) => scopedKey(d.accountId, d.token) as string,
    }),
    outbox: new IndexedTable<OutboxRecord>({ name: 'outbox', primaryKey: (p) => p.id }),
    /** Per-account switches: Reskyt activates the push API per account on request [DOC]. */
    accountSettings(accountId: string) {
      let found = settings.get(accountId)
      if (!found) {
        found = { apiActivated: true }
        settings.set(accountId, found)
      }
      return found
    },
  }
}

export type ReskytState = ReturnType<typeof createReskytState>

export function isKnownToken(state: ReskytState, accountId: string, token: string): boolean {
  return state.devices.get(scopedKey(accountId, token) as string) !== undefined
}
