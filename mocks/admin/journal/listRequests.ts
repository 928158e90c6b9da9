// listRequests: GET /__admin/requests — the request journal, newest first, filtered.
import { defineRoute } from '../define-route.ts'

export const listRequests = defineRoute('listRequests', (ctx, state) => ({
  status: 200,
  body: { requests: state.journal.list(ctx.query) },
}))
