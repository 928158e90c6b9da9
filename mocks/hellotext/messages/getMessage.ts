// getMessage: GET /v1/messages/{id} — one message with its state, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A9 (anchor `retrieve_a_message`, states [DOC]); route and message object [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'
import { messageResource } from './messages.ts'

export const getMessage = defineRoute('getMessage', (ctx, state) => {
  const message = findIn(state.messages, ctx.account.id, ctx.params.id)
  return message ? { status: 200, body: messageResource(message) } : notFound()
})
