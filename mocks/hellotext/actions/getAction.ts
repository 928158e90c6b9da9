// getAction: GET /v1/actions/{id} — one custom action, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A5 "Custom actions" [DOC]; path and object [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { actionResource } from '../actions-model.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

export const getAction: RouteHandler<HellotextState> = (ctx, state) => {
  const action = findIn(state.actions, accountOf(ctx, state).id, ctx.params.id as string)
  return action ? json(200, actionResource(action)) : notFound()
}
