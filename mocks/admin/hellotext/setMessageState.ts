// setMessageState: PATCH /__admin/hellotext/messages/{id} — moves a message on (delivered, failed…),
// as the carrier would.
import { messageResource } from '../../hellotext/messages/messages.ts'
import { findIn } from '../../hellotext/records.ts'
import { formatMessage } from '../../sandbox/format-message.ts'
import { defineRoute } from '../define-route.ts'
import { adminError } from '../errors.ts'
import { hellotextAccountOf } from './hellotext-account.ts'

export const setMessageState = defineRoute('setMessageState', (ctx, state) => {
  const { id } = ctx.params
  const accountId = hellotextAccountOf(state, ctx.query, ctx.body).id
  const message = findIn(state.hellotext.messages, accountId, id)
  if (!message) return adminError(404, formatMessage('find', `message ${id}`, 'no such message'))
  const updated = state.hellotext.messages.update(message, (m) => ({ ...m, state: ctx.body.state }))
  return { status: 200, body: messageResource(updated) }
})
