// createWebchatMessage: POST /v1/public/webchats/{id}/messages — a visitor's message (multipart) → 201 {id, conversation}.
// Behaviour: shared/research/hellotext-reskyt.md addendum [CODE: hellotext.js webchat/messages.js, webchat_controller.js sendMessage]; status, attachments as data: URLs [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { findWebchat, receiveMessage } from './webchat.ts'

export const createWebchatMessage = defineRoute('createWebchatMessage', async (ctx, state) => {
  const account = publicAccountOf(ctx)
  const webchat = findWebchat(state, account, ctx.params.id)
  const { body } = ctx
  const files = (body['message[attachments][]'] ?? []).filter(
    (file): file is File => typeof file !== 'string',
  )
  const message = await receiveMessage(state, ctx, webchat.id, {
    session: body.session,
    ...(body['message[body]'] === undefined ? {} : { body: body['message[body]'] }),
    files,
  })
  return { status: 201, body: { id: message.id, conversation: message.conversation } }
})
