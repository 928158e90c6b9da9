// deleteImport: DELETE /imports/{id} — cancel a queued or running import, remove an ended one.
// Behaviour: shared/research/connectif.md §1 (Imports "Delete" permission [DOC]); cancel-or-remove and 404 [INF].
import { noContent } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { cancelOrRemoveImport } from '../imports/catch-up-imports.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const deleteImport: RouteHandler<ConnectifState> = (ctx, state) => {
  const accountId = accountOf(ctx).id
  return cancelOrRemoveImport(state, accountId, ctx.params.id as string, ctx.now)
    ? noContent()
    : notFound('Import not found.')
}
