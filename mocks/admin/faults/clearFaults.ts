// clearFaults: DELETE /__admin/faults — removes every fault rule.
import { defineRoute } from '../define-route.ts'

export const clearFaults = defineRoute('clearFaults', (_ctx, state) => {
  state.faults.clear()
  return { status: 204 }
})
