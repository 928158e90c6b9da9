// createAction: POST /v1/actions — a custom `object.verb` action, unique and not a built-in name.
// Behaviour: shared/research/hellotext-reskyt.md A5 "Custom actions" [DOC: HELP custom-actions]; path, object and 201 [INF].
import { defineRoute } from '../define-route.ts'
import { parameterMissing } from '../errors.ts'
import { findIn, newId } from '../records.ts'
import { actionResource, checkActionName } from './actions.ts'

export const createAction = defineRoute('createAction', (ctx, state) => {
  const { name } = ctx.body
  const accountId = ctx.account.id
  if (name === undefined) return parameterMissing('name')
  checkActionName(state, accountId, name)
  const action = state.actions.insert({
    accountId,
    id: newId(ctx, (id) => findIn(state.actions, accountId, id) !== undefined),
    seq: state.nextSeq(),
    name,
  })
  return { status: 201, body: actionResource(action) }
})
