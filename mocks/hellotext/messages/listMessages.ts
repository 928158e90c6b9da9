// listMessages: GET /v1/messages — sent messages, newest first, paged by cursor.
// Behaviour: shared/research/hellotext-reskyt.md A9 (anchor `list_all_messages` [DOC]); route and message object [INF].
import { defineRoute } from '../define-route.ts'
import { listPage, newestFirst } from '../records.ts'
import { messageResource } from './messages.ts'

export const listMessages = defineRoute('listMessages', (ctx, state) => ({
  status: 200,
  body: listPage(ctx.query, newestFirst(state.messages, ctx.account.id)).map(messageResource),
}))
