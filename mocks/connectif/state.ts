/**
 * Connectif's state in one sandbox: every section's tables, each defined beside the routes that
 * use it (`contacts/contacts.ts`, `imports/imports.ts`, …). Every record is scoped to an account.
 */
import type { ServicePersistence } from '../sandbox/service-definition.ts'
import { createWebTrackingTables } from './browser/web-tracking.ts'
import { createContactFieldTables } from './contact-fields/contact-fields.ts'
import { createContactTables } from './contacts/contacts.ts'
import { createCouponSetTables } from './coupon-sets/coupon-sets.ts'
import { createCustomEventTypeTables } from './custom-event-types/custom-event-types.ts'
import { createCustomEventTables } from './custom-events/custom-events.ts'
import { createOutboundTables } from './custom-events/outbound.ts'
import { createCustomIntegrationTables } from './custom-integrations/custom-integrations.ts'
import { createExportTables } from './exports/exports.ts'
import { createSegmentTables } from './exports/segments.ts'
import { createImportTables } from './imports/imports.ts'
import { createProductTables } from './products/products.ts'
import { createPurchaseTables } from './purchases/purchases.ts'
import { createWorkflowTables } from './workflows/workflows.ts'

export function createConnectifState() {
  return {
    ...createContactTables(),
    ...createContactFieldTables(),
    ...createProductTables(),
    ...createPurchaseTables(),
    ...createCouponSetTables(),
    ...createImportTables(),
    ...createExportTables(),
    ...createSegmentTables(),
    ...createCustomIntegrationTables(),
    ...createCustomEventTypeTables(),
    ...createCustomEventTables(),
    ...createOutboundTables(),
    ...createWorkflowTables(),
    ...createWebTrackingTables(),
  }
}

export type ConnectifState = ReturnType<typeof createConnectifState>

/**
 * What a store saves of Connectif: all but a cache (coupon codes as Sets), the imports under way
 * (promises), and the contact → purchases index, rebuilt from the purchases. An import's rows are
 * saved once, apart from the job, whose progress is saved as it goes.
 */
export const connectifPersistence: ServicePersistence<ConnectifState> = {
  notSaved: ['couponCodeIndex', 'importCatchUps', 'purchaseIdsByContact'],
  rebuild(state) {
    for (const purchase of state.purchases.all()) {
      const contactId = purchase.contactId ?? ''
      const ids = state.purchaseIdsByContact.get(contactId) ?? new Set<string>()
      ids.add(purchase.id)
      state.purchaseIdsByContact.set(contactId, ids)
    }
  },
  savedApart: { imports: ['pendingRows'] },
}
