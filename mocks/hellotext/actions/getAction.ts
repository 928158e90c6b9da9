// getAction: GET /v1/actions/{id} — one custom action, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A5 "Custom actions" [DOC]; path and object [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'
import { actionResource } from './actions.ts'

export const getAction = defineRoute('getAction', (ctx, state) => {
  const action = findIn(state.actions, ctx.account.id, ctx.params.id)
  return action ? { status: 200, body: actionResource(action) } : notFound()
})
