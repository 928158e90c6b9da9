// deleteAction: DELETE /v1/actions/{id} — removes a custom action (its name then tracks 404) and answers it.
// Behaviour: shared/research/hellotext-reskyt.md A5 "Custom actions" [DOC]; path and answer [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { actionResource } from '../actions-model.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

export const deleteAction: RouteHandler<HellotextState> = (ctx, state) => {
  const action = findIn(state.actions, accountOf(ctx, state).id, ctx.params.id as string)
  if (!action) return notFound()
  state.actions.delete(action)
  return json(200, actionResource(action))
}
