// markWebchatMessagesSeen: PATCH /v1/public/webchats/{id}/messages/seen — {session, message} → 204.
// Behaviour: shared/research/hellotext-reskyt.md addendum [CODE: hellotext.js webchat/messages.js markAsSeen]; the answer [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { findWebchat, markSeen } from './webchat.ts'

export const markWebchatMessagesSeen = defineRoute('markWebchatMessagesSeen', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const webchat = findWebchat(state, account, ctx.params.id)
  markSeen(state, account.id, webchat.id, ctx.body.session, ctx.body.message)
  return { status: 204 }
})
