// updateAction: PATCH /v1/actions/{id} — renames a custom action (unique, not built-in).
// Behaviour: shared/research/hellotext-reskyt.md A5 "Custom actions" [DOC]; path and object [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'
import { actionResource, checkActionName } from './actions.ts'

export const updateAction = defineRoute('updateAction', (ctx, state) => {
  const accountId = ctx.account.id
  const action = findIn(state.actions, accountId, ctx.params.id)
  if (!action) return notFound()
  const { name } = ctx.body
  if (name === undefined) return { status: 200, body: actionResource(action) }
  checkActionName(state, accountId, name, action.id)
  return {
    status: 200,
    body: actionResource(state.actions.update(action, (a) => ({ ...a, name }))),
  }
})
