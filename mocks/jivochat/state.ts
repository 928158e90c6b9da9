/**
 * JivoChat's state in the sandbox: the reference CRM's records, and the log of webhooks the
 * simulator delivered through the admin API. Both are emptied by `sandbox.reset()`.
 */
import { createCrmState } from './crm/state.ts'
import type { DeliveryReport } from './simulator/report.ts'

/** One webhook the sandbox delivered, newest last. */
export interface DeliveryRecord extends DeliveryReport {
  id: number
  /** Sandbox time the delivery started, ISO 8601. */
  at: string
}

export function createJivochatState() {
  return {
    crm: createCrmState(),
    deliveries: [] as DeliveryRecord[],
    lastDeliveryId: 0,
  }
}

export type JivochatState = ReturnType<typeof createJivochatState>
