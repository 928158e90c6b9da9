// createAction: POST /v1/actions — a custom `object.verb` action, unique and not a built-in name.
// Behaviour: shared/research/hellotext-reskyt.md A5 "Custom actions" [DOC: HELP custom-actions]; path, object and 201 [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { actionResource, BUILT_IN_ACTIONS, findCustomAction } from '../actions-model.ts'
import { MESSAGES, notUnique, parameterMissing } from '../errors.ts'
import { accountOf, newId } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

type Body = operations['createAction']['requestBody']['content']['application/json']

export const createAction: RouteHandler<HellotextState> = (ctx, state) => {
  const { name } = ctx.body as Body
  const accountId = accountOf(ctx, state).id
  if (name === undefined) return parameterMissing('name')
  if (BUILT_IN_ACTIONS.has(name) || findCustomAction(state, accountId, name))
    return notUnique('name', MESSAGES.taken('action'))
  const action = state.actions.insert({
    accountId,
    id: newId(ctx, (id) => findIn(state.actions, accountId, id) !== undefined),
    seq: state.nextSeq(),
    name,
  })
  return json(201, actionResource(action))
}
