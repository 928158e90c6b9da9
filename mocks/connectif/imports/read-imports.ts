/**
 * Read-only views of import jobs. They leave catching up to the caller (the service's
 * `beforeRoute`), so reading never applies rows.
 */
import { getOwned } from '../../sandbox/indexed-table.ts'
import { type ConnectifState, type ImportRecord, toResource } from '../state.ts'

/** The Import resource: internal fields stripped, and the report URL once the job has row errors. */
export function importResource(record: ImportRecord, adminUrl: string) {
  const resource = toResource(record, 'pendingRows', 'rowErrors', 'processed')
  return record.rowErrors.length > 0
    ? { ...resource, errorReportFileUrl: `${adminUrl}/connectif/imports/${record.id}/errors.csv` }
    : resource
}

/** The account's imports in creation order. */
export function accountImports(state: ConnectifState, accountId: string): ImportRecord[] {
  const found: ImportRecord[] = []
  for (const job of state.imports.all()) if (job.accountId === accountId) found.push(job)
  return found
}

/** An import of the account; another account's id is "not found". */
export function findImport(state: ConnectifState, accountId: string, id: string) {
  return getOwned(state.imports, accountId, id)
}
