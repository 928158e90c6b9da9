// listWebNotifications: GET /__admin/connectif/notifications — the client script's notifications as applied, newest first.
import { defineRoute } from '../define-route.ts'

export const listWebNotifications = defineRoute('listWebNotifications', (ctx, state) => {
  const { accountId, contactId } = ctx.query
  const notifications = state.connectif.notifications
    .findMany((q) =>
      q.where(
        (n) =>
          (accountId === undefined || n.accountId === accountId) &&
          (contactId === undefined || n.contactId === contactId),
      ),
    )
    .reverse()
  return { status: 200, body: { notifications } }
})
