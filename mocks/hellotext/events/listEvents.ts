// listEvents: GET /v1/attribution/events — tracked events, newest first, paged by cursor.
// Behaviour: shared/research/hellotext-reskyt.md A3 ("the event list uses a cursor" [DOC]); path, shape and no filters [INF].
import { defineRoute } from '../define-route.ts'
import { listPage, newestFirst } from '../records.ts'
import { eventResource } from './events.ts'

export const listEvents = defineRoute('listEvents', (ctx, state) => ({
  status: 200,
  body: listPage(ctx.query, newestFirst(state.events, ctx.account.id)).map(eventResource),
}))
