// listOutboundDeliveries: GET /__admin/connectif/outbound/deliveries — every delivery, newest first.
import { defineRoute } from '../define-route.ts'

export const listOutboundDeliveries = defineRoute('listOutboundDeliveries', (ctx, state) => {
  const { eventTypeId, accountId, status } = ctx.query
  const deliveries = state.connectif.outboundDeliveries
    .findMany((q) =>
      q.where(
        (d) =>
          (eventTypeId === undefined || d.eventTypeId === eventTypeId) &&
          (accountId === undefined || d.accountId === accountId) &&
          (status === undefined || d.status === status),
      ),
    )
    .reverse()
  return { status: 200, body: { deliveries } }
})
