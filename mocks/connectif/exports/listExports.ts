// listExports: GET /exports/ — the account's exports, newest first; finished ones with a fresh fileUrl.
// Behaviour: shared/research/connectif.md §10 — ExportList [DOC]; order, paging, fileUrl in lists [INF].
import { defineRoute } from '../define-route.ts'
import { listPage } from '../route-helpers.ts'
import { listAccountExports, viewExport } from './exports.ts'

export const listExports = defineRoute('listExports', (ctx, state) => {
  const newestFirst = listAccountExports(state, ctx.account.id).reverse()
  const page = listPage(ctx, '/exports/', newestFirst)
  return {
    status: 200,
    body: { ...page, results: page.results.map((job) => viewExport(ctx, state, job)) },
  }
})
