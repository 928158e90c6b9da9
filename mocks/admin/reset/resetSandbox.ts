// resetSandbox: POST /__admin/reset — empties every store, the journal, counters and faults; the
// default account comes back with the same keys, and the clock is left as it is.
import { defineRoute } from '../define-route.ts'

export const resetSandbox = defineRoute('resetSandbox', (_ctx, state) => {
  state.reset()
  return { status: 204 }
})
