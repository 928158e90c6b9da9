/**
 * The file behind an Import's `errorReportFileUrl`; its columns are [INF], since Connectif only
 * says it lists the row errors.
 *
 * @see shared/research/connectif.md §9.2 — `errorReportFileUrl` [DOC]
 */
import type { ImportRecord } from '../state.ts'

/** The error report: `row,reason`, one line per rejected row (row 1 = first data row). */
export function errorReportCsv(record: ImportRecord): string {
  const quote = (value: string) =>
    /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
  let out = 'row,reason\n'
  for (const { row, reason } of record.rowErrors) out += `${row},${quote(reason)}\n`
  return out
}
