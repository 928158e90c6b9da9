// deleteAction: DELETE /v1/actions/{id} — removes a custom action (its name then tracks 404) and answers it.
// Behaviour: shared/research/hellotext-reskyt.md A5 "Custom actions" [DOC]; path and answer [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'
import { actionResource } from './actions.ts'

export const deleteAction = defineRoute('deleteAction', (ctx, state) => {
  const action = findIn(state.actions, ctx.account.id, ctx.params.id)
  if (!action) return notFound()
  state.actions.delete(action)
  return { status: 200, body: actionResource(action) }
})
