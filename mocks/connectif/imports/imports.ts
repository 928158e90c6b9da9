/**
 * Import jobs: the records, their resource view, and the account's queue. A job holds the rows it
 * still has to apply and the row errors found so far; `run-imports.ts` plays it forward with the
 * sandbox clock.
 *
 * @see shared/research/connectif.md §9 — Import resource, E0401, `errorReportFileUrl` [DOC]
 */
import { getOwned, IndexedTable } from '../../sandbox/records/indexed-table.ts'
import { TrackedMap } from '../../sandbox/records/tracked-collections.ts'
import { type Schemas, type Scoped, toResource } from '../records.ts'

/** An import job, with the rows still to apply and the row errors found so far. */
export type ImportRecord = Scoped<
  Schemas['Import'] & {
    /**
     * The parsed CSV rows in file order (row n is `pendingRows[n - 1]`), until the job ends; kept
     * whole while it runs, since dropping applied rows from a 500k-row array costs more than it saves.
     */
    pendingRows: Array<Record<string, string>>
    /** Row number (1 = first data row) and reason, for the error report. */
    rowErrors: Array<{ row: number; reason: string }>
    /** Rows applied so far (success + errors). */
    processed: number
  }
>

export function createImportTables() {
  return {
    imports: new IndexedTable<ImportRecord>({ name: 'imports', primaryKey: (i) => i.id }),
    /** Account id → when its last job stopped running (ms), so the next starts after it. */
    importWorkerFreeAt: new TrackedMap<string, number>(),
    /** Account id → the catch-up applying its rows slice by slice, for requests to wait on. */
    importCatchUps: new Map<string, Promise<void>>(),
  }
}

export type ImportTables = ReturnType<typeof createImportTables>

/**
 * Imports an account may have waiting [DOC: "limit of 10 queued imports", E0401]. A job being
 * applied still counts as not finished [INF], so the 11th unfinished import is refused.
 */
export const MAX_QUEUED_IMPORTS = 10

/** The Import resource: internal fields stripped, and the report URL once the job has row errors. */
export function importResource(record: ImportRecord, adminUrl: string): Schemas['Import'] {
  const resource = toResource(record, 'pendingRows', 'rowErrors', 'processed')
  return record.rowErrors.length > 0
    ? { ...resource, errorReportFileUrl: `${adminUrl}/connectif/imports/${record.id}/errors.csv` }
    : resource
}

/** The account's imports in creation order. */
export function accountImports(state: ImportTables, accountId: string): ImportRecord[] {
  const found: ImportRecord[] = []
  for (const job of state.imports.all()) if (job.accountId === accountId) found.push(job)
  return found
}

/** An import of the account; another account's id is "not found". */
export function findImport(state: ImportTables, accountId: string, id: string) {
  return getOwned(state.imports, accountId, id)
}

export function isQueueFull(state: ImportTables, accountId: string): boolean {
  let unfinished = 0
  for (const job of accountImports(state, accountId))
    if (job.status === 'queued' || job.status === 'inProgress') unfinished++
  return unfinished >= MAX_QUEUED_IMPORTS
}

/**
 * The file behind `errorReportFileUrl`: `row,reason`, one line per rejected row (row 1 = first
 * data row); its columns are [INF], since Connectif only says it lists the row errors.
 */
export function errorReportCsv(record: ImportRecord): string {
  const quote = (value: string) =>
    /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
  let out = 'row,reason\n'
  for (const { row, reason } of record.rowErrors) out += `${row},${quote(reason)}\n`
  return out
}
