// listImports: GET /imports/ — the account's imports, newest first, one page.
// Behaviour: shared/research/connectif.md §9.3 (ImportList [DOC]), §3.5 — limit/offset paging [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { accountImports, importResource } from '../imports/read-imports.ts'
import { accountOf, listPage } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const listImports: RouteHandler<ConnectifState> = (ctx, state) => {
  const accountId = accountOf(ctx).id
  const page = listPage(ctx, '/imports/', accountImports(state, accountId).reverse())
  return json(200, {
    links: page.links,
    results: page.results.map((job) => importResource(job, ctx.adminUrl)),
  })
}
