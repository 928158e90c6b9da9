// getMessage: GET /v1/messages/{id} — one message with its state, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A9 (anchor `retrieve_a_message`, states [DOC]); route and message object [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { messageResource } from '../messages-model.ts'
import { accountOf } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

export const getMessage: RouteHandler<HellotextState> = (ctx, state) => {
  const message = findIn(state.messages, accountOf(ctx, state).id, ctx.params.id as string)
  return message ? json(200, messageResource(message)) : notFound()
}
