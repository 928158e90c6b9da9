// listActions: GET /v1/actions — the business's custom actions, newest first.
// Behaviour: shared/research/hellotext-reskyt.md A3, A5 "Custom actions" [DOC: HELP custom-actions]; path and object [INF].
import { defineRoute } from '../define-route.ts'
import { listPage, newestFirst } from '../records.ts'
import { actionResource } from './actions.ts'

export const listActions = defineRoute('listActions', (ctx, state) => ({
  status: 200,
  body: listPage(ctx.query, newestFirst(state.actions, ctx.account.id)).map(actionResource),
}))
