// listWebchatMessages: GET /v1/public/webchats/{id}/messages — a page of the visitor's messages, {next, messages}.
// Behaviour: shared/research/hellotext-reskyt.md addendum [CODE: hellotext.js webchat/messages.js, webchat_controller.js onScroll]; page size and order [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { findWebchat, messagePage } from './webchat.ts'

export const listWebchatMessages = defineRoute('listWebchatMessages', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const webchat = findWebchat(state, account, ctx.params.id)
  const { session, page = 1 } = ctx.query
  return { status: 200, body: messagePage(state, account.id, webchat.id, session, page) }
})
