/**
 * Connectif's state in one sandbox: every section's tables, each defined beside the routes that
 * use it (`contacts/contacts.ts`, `imports/imports.ts`, …). Every record is scoped to an account.
 */
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
