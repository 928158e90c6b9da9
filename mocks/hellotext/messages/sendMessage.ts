// sendMessage: POST /v1/messages — queues one message; answers {"status":"received"}.
// Behaviour: shared/research/hellotext-reskyt.md A9 [DOC: HELP send-messages]; 200 and the integration settings [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { type MessageInput, sendMessage as send } from '../messages-model.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

export const sendMessage: RouteHandler<HellotextState> = (ctx, state) => {
  const message = send(state, ctx, accountOf(ctx, state), ctx.body as MessageInput)
  return isResult(message) ? message : json(200, { status: 'received' })
}
