// listExports: GET /exports/ — the account's exports, newest first; finished ones with a fresh fileUrl.
// Behaviour: shared/research/connectif.md §10 — ExportList [DOC]; order, paging, fileUrl in lists [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { listAccountExports, viewExport } from '../exports-model.ts'
import { accountOf, listPage } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const listExports: RouteHandler<ConnectifState> = (ctx, state) => {
  const accountId = accountOf(ctx).id
  const newestFirst = listAccountExports(state, accountId).reverse()
  const page = listPage(ctx, '/exports/', newestFirst)
  return json(200, { ...page, results: page.results.map((job) => viewExport(ctx, state, job)) })
}
