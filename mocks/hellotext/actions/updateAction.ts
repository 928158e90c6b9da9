// updateAction: PATCH /v1/actions/{id} — renames a custom action (unique, not built-in).
// Behaviour: shared/research/hellotext-reskyt.md A5 "Custom actions" [DOC]; path and object [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { actionResource, BUILT_IN_ACTIONS, findCustomAction } from '../actions-model.ts'
import { MESSAGES, notFound, notUnique } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

type Body = operations['updateAction']['requestBody']['content']['application/json']

export const updateAction: RouteHandler<HellotextState> = (ctx, state) => {
  const accountId = accountOf(ctx, state).id
  const action = findIn(state.actions, accountId, ctx.params.id as string)
  if (!action) return notFound()
  const { name } = ctx.body as Body
  if (name === undefined) return json(200, actionResource(action))
  const holder = findCustomAction(state, accountId, name)
  if (BUILT_IN_ACTIONS.has(name) || (holder && holder.id !== action.id))
    return notUnique('name', MESSAGES.taken('action'))
  return json(200, actionResource(state.actions.update(action, (a) => ({ ...a, name }))))
}
