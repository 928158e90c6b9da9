// updateRetention: PATCH /__admin/retention — changes the limits named; they hold across resets.
import { defineRoute } from '../define-route.ts'

export const updateRetention = defineRoute('updateRetention', (ctx, state) => {
  state.core.setRetention(ctx.body)
  return { status: 200, body: { ...state.core.retention } }
})
