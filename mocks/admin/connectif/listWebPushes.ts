// listWebPushes: GET /__admin/connectif/web-push — the web-push outbox, newest first.
import { defineRoute } from '../define-route.ts'

export const listWebPushes = defineRoute('listWebPushes', (ctx, state) => {
  const { accountId, contactId } = ctx.query
  const pushes = state.connectif.webPushes
    .findMany((q) =>
      q.where(
        (p) =>
          (accountId === undefined || p.accountId === accountId) &&
          (contactId === undefined || p.contactId === contactId),
      ),
    )
    .reverse()
  return { status: 200, body: { pushes } }
})
