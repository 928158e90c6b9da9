// listActivities: GET /__admin/connectif/activities — contacts' web activities, oldest first.
import { findContactByEmail } from '../../connectif/contacts/contacts.ts'
import { defineRoute } from '../define-route.ts'

export const listActivities = defineRoute('listActivities', (ctx, state) => {
  const { accountId, email, type } = ctx.query
  const byEmail =
    email === undefined
      ? undefined
      : findContactByEmail(state.connectif, accountId ?? state.defaultAccount.id, email)
  const contactId = email === undefined ? ctx.query.contactId : (byEmail?.id ?? '')
  const activities = state.connectif.activities.findMany((q) =>
    q.where(
      (a) =>
        (accountId === undefined || a.accountId === accountId) &&
        (contactId === undefined || a.contactId === contactId) &&
        (type === undefined || a.type === type),
    ),
  )
  return { status: 200, body: { activities } }
})
