// deleteImport: DELETE /imports/{id} — cancel a queued or running import, remove an ended one.
// Behaviour: shared/research/connectif.md §1 (Imports "Delete" permission [DOC]); cancel-or-remove and 404 [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { cancelOrRemoveImport } from './run-imports.ts'

export const deleteImport = defineRoute('deleteImport', (ctx, state) =>
  cancelOrRemoveImport(state, ctx.account.id, ctx.params.id, ctx.now)
    ? { status: 204 }
    : notFound('Import not found.'),
)
