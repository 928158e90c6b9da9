// clearOutbox: DELETE /__admin/reskyt/outbox — forgets the pushes (of one account, when given).
import { defineRoute } from '../define-route.ts'

export const clearOutbox = defineRoute('clearOutbox', (ctx, state) => {
  const { accountId } = ctx.query
  if (accountId === undefined) state.reskyt.outbox.clear()
  else state.reskyt.outbox.deleteMany((q) => q.where({ accountId }))
  return { status: 204 }
})
