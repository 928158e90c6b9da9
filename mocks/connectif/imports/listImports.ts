// listImports: GET /imports/ — the account's imports, newest first, one page.
// Behaviour: shared/research/connectif.md §9.3 (ImportList [DOC]), §3.5 — limit/offset paging [INF].
import { defineRoute } from '../define-route.ts'
import { listPage } from '../route-helpers.ts'
import { accountImports, importResource } from './imports.ts'

export const listImports = defineRoute('listImports', (ctx, state) => {
  const page = listPage(ctx, '/imports/', accountImports(state, ctx.account.id).reverse())
  return {
    status: 200,
    body: {
      links: page.links,
      results: page.results.map((job) => importResource(job, ctx.adminUrl)),
    },
  }
})
