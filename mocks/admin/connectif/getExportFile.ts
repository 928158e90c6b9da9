// getExportFile: GET /__admin/connectif/exports/{id}/file?token= — the ZIP while the token is
// valid (100 minutes of sandbox time), 403 afterwards, as a signed storage URL would.
// Behaviour: shared/research/connectif.md §10 — ZIP of CSV, links valid 100 minutes [DOC/CODE];
// the 403 HttpError for expired or unknown links [INF].
import { httpError } from '../../connectif/errors.ts'
import { exportFile } from '../../connectif/exports/exports.ts'
import { defineRoute } from '../define-route.ts'

export const getExportFile = defineRoute('getExportFile', async (ctx, state) => {
  const file = await exportFile(
    state.connectif,
    ctx.params.id,
    ctx.query.token ?? '',
    state.clock.now(),
  )
  if (!file) return httpError(403, 'The download link is invalid or has expired.')
  return {
    status: 200,
    // A ZIP's bytes: the adapters write a Uint8Array body as it is.
    body: file.bytes as unknown as string,
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${file.fileName}"`,
    },
  }
})
