// listOutbox: GET /__admin/reskyt/outbox — pushes Reskyt accepted, one per device token, newest
// first, each with where it stands at the sandbox time.
import { deliveryStateAt } from '../../reskyt/push/outbox.ts'
import { defineRoute } from '../define-route.ts'

export const listOutbox = defineRoute('listOutbox', (ctx, state) => {
  const { token, accountId, source, state: wanted } = ctx.query
  const now = state.clock.now()
  const pushes = state.reskyt.outbox
    .findMany((q) =>
      q.where(
        (entry) =>
          (token === undefined || entry.token === token) &&
          (accountId === undefined || entry.accountId === accountId) &&
          (source === undefined || entry.source === source),
      ),
    )
    .map((entry) => ({
      ...entry,
      acceptedAt: new Date(entry.acceptedAt).toISOString(),
      deliveryState: deliveryStateAt(entry, now),
    }))
    .filter((entry) => wanted === undefined || entry.deliveryState === wanted)
    .reverse()
  return { status: 200, body: { pushes } }
})
