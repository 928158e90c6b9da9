// sendMessage: POST /v1/messages — queues one message; answers {"status":"received"}.
// Behaviour: shared/research/hellotext-reskyt.md A9 [DOC: HELP send-messages]; 200 and the integration settings [INF].
import { defineRoute } from '../define-route.ts'
import { sendMessage as send } from './messages.ts'

export const sendMessage = defineRoute('sendMessage', (ctx, state) => {
  send(state, ctx, ctx.body)
  return { status: 200, body: { status: 'received' } }
})
