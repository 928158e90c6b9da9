/**
 * Hellotext's state in one sandbox: every section's tables, each defined beside the routes that
 * use it (`profiles/profiles.ts`, `events/events.ts`, …), and the insertion counter (`seq`) that
 * orders lists newest first across them.
 *
 * @see shared/research/hellotext-reskyt.md A12 (suggested state model [INF])
 */
import { scopedKey } from '../sandbox/records/indexed-table.ts'
import type { ServicePersistence } from '../sandbox/service-definition.ts'
import { createActionTables } from './actions/actions.ts'
import { createCartTables } from './carts/carts.ts'
import { createCouponTables } from './coupons/coupons.ts'
import { createEventTables } from './events/events.ts'
import { createMessageTables } from './messages/messages.ts'
import { createObjectTables } from './objects/objects.ts'
import { createOrderTables } from './orders/orders.ts'
import { createProductTables } from './products/products.ts'
import { createProfileTables } from './profiles/profiles.ts'
import { createIdentificationTables } from './public-tracking/visitors.ts'
import { createWebchatTables } from './public-widgets/webchat.ts'
import { createWidgetTables } from './public-widgets/widgets.ts'
import { createSessionTables } from './sessions/sessions.ts'
import { createTemplateTables } from './templates/templates.ts'
import { createWordpressTables } from './wordpress/wordpress.ts'

export function createHellotextState() {
  return {
    /** The last insertion number handed out, for newest-first ordering. */
    lastSeq: 0,
    nextSeq(): number {
      this.lastSeq += 1
      return this.lastSeq
    },
    ...createProfileTables(),
    ...createSessionTables(),
    ...createEventTables(),
    ...createProductTables(),
    ...createOrderTables(),
    ...createCartTables(),
    ...createCouponTables(),
    ...createMessageTables(),
    ...createTemplateTables(),
    ...createActionTables(),
    ...createObjectTables(),
    ...createWordpressTables(),
    ...createIdentificationTables(),
    ...createWidgetTables(),
    ...createWebchatTables(),
  }
}

export type HellotextState = ReturnType<typeof createHellotextState>

/** What a store saves of Hellotext: all but the session → events index, rebuilt from the events. */
export const hellotextPersistence: ServicePersistence<HellotextState> = {
  notSaved: ['eventsBySession'],
  rebuild(state) {
    for (const event of state.events.all()) {
      if (event.session === null) continue
      const key = scopedKey(event.accountId, event.session) as string
      const ids = state.eventsBySession.get(key) ?? new Set<string>()
      ids.add(event.id)
      state.eventsBySession.set(key, ids)
    }
  },
}
