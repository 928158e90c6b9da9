// sendWebPush: POST /__admin/connectif/web-push — a web push to every browser subscription of a contact, kept in the web-push outbox.
// Behaviour: shared/research/connectif-browser.md §8 — payload shape [CODE]; the outbox stands in for the push services [INF].
import { sendWebPush as send } from '../../connectif/browser/web-push.ts'
import { findContactByEmail } from '../../connectif/contacts/contacts.ts'
import { formatMessage } from '../../sandbox/format-message.ts'
import { defineRoute } from '../define-route.ts'
import { adminError } from '../errors.ts'

export const sendWebPush = defineRoute('sendWebPush', (ctx, state) => {
  const { contact: wanted, accountId = state.defaultAccount.id, ...message } = ctx.body
  const connectif = state.connectif
  const contact =
    wanted.contactId !== undefined
      ? connectif.contacts.get(wanted.contactId)
      : wanted.email !== undefined
        ? findContactByEmail(connectif, accountId, wanted.email)
        : undefined
  if (!contact || contact.accountId !== accountId)
    return adminError(404, formatMessage('send', 'web push', 'no such contact in the account'))
  const pushes = send(
    connectif,
    { now: state.clock.now(), ids: state.ids, keep: state.core.retention.outbox },
    contact,
    message,
  )
  if (pushes.length === 0)
    return adminError(
      422,
      formatMessage(
        'send',
        'web push',
        `contact ${contact.id} has no push subscription; its browser sends one with the client script's notification once notifications are allowed`,
      ),
    )
  return { status: 201, body: { pushes } }
})
