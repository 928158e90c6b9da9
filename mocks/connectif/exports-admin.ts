/**
 * The download behind an export's `fileUrl`: `GET /__admin/connectif/exports/{id}/file?token=…`
 * answers the ZIP while the token is valid (100 minutes of sandbox time), 403 afterwards, as a
 * signed storage URL would.
 *
 * @see shared/research/connectif.md §10 — ZIP of CSV, links valid 100 minutes [DOC/CODE]; the 403
 * HttpError for expired or unknown links [INF]
 *
 * @example
 * exportsAdminRoutes({ method: 'GET', path: `/exports/${id}/file`, query, body: {}, sandbox }, state)
 */
import type { RouteResult } from '../sandbox/route-result.ts'
import type { AdminRequest } from '../sandbox/service-definition.ts'
import { httpError } from './errors.ts'
import { exportFile } from './exports/exports.ts'
import type { ConnectifState } from './state.ts'

const FILE_PATH = /^\/exports\/([^/]+)\/file\/?$/

export function exportsAdminRoutes(
  request: AdminRequest,
  state: ConnectifState,
): RouteResult | undefined {
  const match = FILE_PATH.exec(request.path)
  if (!match || request.method !== 'GET') return undefined
  const id = safeDecode(match[1] as string)
  const token = request.query.get('token') ?? ''
  const file =
    id === undefined ? undefined : exportFile(state, id, token, request.sandbox.clock.now())
  if (!file) return httpError(403, 'The download link is invalid or has expired.')
  return {
    status: 200,
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${file.fileName}"`,
    },
    body: file.bytes,
  }
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}
