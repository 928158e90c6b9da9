// listActions: GET /v1/actions — the business's custom actions, newest first.
// Behaviour: shared/research/hellotext-reskyt.md A3, A5 "Custom actions" [DOC: HELP custom-actions]; path and object [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { actionResource } from '../actions-model.ts'
import { accountOf, isResult, listPage } from '../route-helpers.ts'
import { type HellotextState, newestFirst } from '../state.ts'

export const listActions: RouteHandler<HellotextState> = (ctx, state) => {
  const page = listPage(ctx, newestFirst(state.actions, accountOf(ctx, state).id))
  return isResult(page) ? page : json(200, page.map(actionResource))
}
