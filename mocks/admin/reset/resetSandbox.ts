// resetSandbox: POST /__admin/reset — empties every store, the journal, counters and faults; the
// default account comes back with the same keys, then the configured starting point (fixtures,
// config) unless `{"scope": "empty"}`. The clock is left as it is.
import { defineRoute } from '../define-route.ts'

export const resetSandbox = defineRoute('resetSandbox', (ctx, state) => {
  state.reset(ctx.body?.scope)
  return { status: 204 }
})
