// listMessages: GET /v1/messages — sent messages, newest first, paged by cursor.
// Behaviour: shared/research/hellotext-reskyt.md A9 (anchor `list_all_messages` [DOC]); route and message object [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { messageResource } from '../messages-model.ts'
import { accountOf, isResult, listPage } from '../route-helpers.ts'
import { type HellotextState, newestFirst } from '../state.ts'

export const listMessages: RouteHandler<HellotextState> = (ctx, state) => {
  const page = listPage(ctx, newestFirst(state.messages, accountOf(ctx, state).id))
  return isResult(page) ? page : json(200, page.map(messageResource))
}
