// getImportErrorReport: GET /__admin/connectif/imports/{id}/errors.csv — what an Import's
// `errorReportFileUrl` points at: `row,reason`, one line per rejected row.
// Behaviour: shared/research/connectif.md §9.2 — "downloadable file listing row errors" [DOC]; columns and location [INF].
import { errorReportCsv } from '../../connectif/imports/imports.ts'
import { playImportsForward } from '../../connectif/imports/run-imports.ts'
import { formatMessage } from '../../sandbox/format-message.ts'
import { defineRoute } from '../define-route.ts'
import { adminError } from '../errors.ts'
import { accountOf } from '../state.ts'

export const getImportErrorReport = defineRoute('getImportErrorReport', async (ctx, state) => {
  const { id } = ctx.params
  const connectif = state.connectif
  const found = connectif.imports.get(id)
  if (!found) return adminError(404, formatMessage('find', `import ${id}`, 'no such import'))
  // The report grows as the job runs: bring it up to the sandbox clock first.
  const account = accountOf(state, found.accountId)
  await playImportsForward(connectif, account, state.clock.now(), state.ids)
  const job = connectif.imports.get(id) ?? found
  return {
    status: 200,
    body: errorReportCsv(job),
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="import-${id}-errors.csv"`,
    },
  }
})
