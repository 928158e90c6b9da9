/**
 * Export jobs: queued on creation, then `inProgress`, then `finished`, paced by the sandbox clock
 * and caught up lazily before every route. The data is snapshotted as CSV rows when the export is
 * created (export-rows.ts); the ZIP is built when it is downloaded. A finished export gets a new
 * download link on every read, valid for 100 minutes of sandbox time.
 *
 * @see shared/research/connectif.md §10 — statuses, ≤ 5 queued (E0301), 31-day ranges, ZIP of
 * CSV, a new `fileUrl` on every GET valid 100 minutes [DOC/CODE]; pacing, columns, formats [INF]
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { getOwned, IndexedTable } from '../../sandbox/records/indexed-table.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import { concatInSlices, forEachInSlices } from '../../sandbox/slices.ts'
import { customError, ERROR_MESSAGES } from '../errors.ts'
import { iso, type Schemas, type Scoped, toResource } from '../records.ts'
import { csvLine, type ExportFile } from './export-rows.ts'
import { crc32, type ZipEntryParts, zipPieces } from './zip.ts'

/**
 * An export as stored: its CSV files (the first holds the records `total` counts) and the download
 * tokens handed out, token → expiry.
 */
export type ExportJob = Scoped<Schemas['Export']> & {
  files: ExportFile[]
  fileTokens: Record<string, number>
}

export function createExportTables() {
  return { exports: new IndexedTable<ExportJob>({ name: 'exports', primaryKey: (e) => e.id }) }
}

export type ExportTables = ReturnType<typeof createExportTables>

/** How long a new export stays `queued` [INF: not documented; long enough to observe, short to wait out]. */
export const EXPORT_QUEUED_MS = 5_000
/** How long it then stays `inProgress` before `finished` [INF]. */
export const EXPORT_RUNNING_MS = 5_000
/** Lifetime of each `fileUrl` [DOC: "valid 100 minutes"]. */
export const EXPORT_FILE_URL_TTL_MS = 100 * 60_000
/** Queued exports an account may have at once [DOC: E0301]. */
export const MAX_QUEUED_EXPORTS = 5

type Export = Schemas['Export']

export function findExport(state: ExportTables, accountId: string, id: string) {
  return getOwned(state.exports, accountId, id)
}

export function listAccountExports(state: ExportTables, accountId: string): ExportJob[] {
  return state.exports.findMany((q) => q.where({ accountId }))
}

/** Moves the account's unfinished exports to where the clock says they are. */
export function catchUpExports(state: ExportTables, accountId: string, now: number): void {
  for (const job of listAccountExports(state, accountId)) {
    if (job.status === 'finished' || job.status === 'error') continue
    const createdAt = Date.parse(job.createdAt ?? '')
    const startsAt = createdAt + EXPORT_QUEUED_MS
    const endsAt = startsAt + EXPORT_RUNNING_MS
    const total = (job.files[0]?.rows.length ?? 1) - 1
    if (now < startsAt) continue
    state.exports.update(job, (current) =>
      now >= endsAt
        ? { ...current, status: 'finished', total, progress: total, finishedAt: iso(endsAt) }
        : {
            ...current,
            status: 'inProgress',
            total,
            progress: Math.floor((total * (now - startsAt)) / EXPORT_RUNNING_MS),
          },
    )
  }
}

export interface NewExport {
  exportType: NonNullable<Export['exportType']>
  filters: NonNullable<Export['filters']>
  delimiter: NonNullable<Export['delimiter']>
  dateFormat?: Export['dateFormat']
  version?: Export['version']
  /** The CSV files of the ZIP, each with its header row first. */
  files: ExportFile[]
}

/** Queues an export; E0301 when the account already has 5 queued. */
export function queueExport(
  state: ExportTables,
  ctx: CallerContext,
  { files, ...fields }: NewExport,
): ExportJob {
  const accountId = ctx.account.id
  // The service's beforeRoute has already played the account's exports forward to ctx.now.
  const queued = listAccountExports(state, accountId).filter((job) => job.status === 'queued')
  if (queued.length >= MAX_QUEUED_EXPORTS)
    throw rejectWith(customError('E0301', ERROR_MESSAGES.E0301()))
  return state.exports.insert({
    id: ctx.ids.objectId(),
    exportType: fields.exportType,
    status: 'queued',
    progress: 0,
    total: 0,
    filters: fields.filters,
    origin: 'api',
    createdAt: iso(ctx.now),
    delimiter: fields.delimiter,
    ...(fields.dateFormat ? { dateFormat: fields.dateFormat } : {}),
    ...(fields.version ? { version: fields.version } : {}),
    accountId,
    files,
    fileTokens: {},
  })
}

export function exportResource(job: ExportJob) {
  return toResource(job, 'files', 'fileTokens')
}

/** What a read needs beside the job: the sandbox time, ids for the token, and the admin URL. */
export interface ExportRead {
  now: number
  ids: CallerContext['ids']
  adminUrl: string
}

/**
 * The export as a read returns it: when finished, with a new `fileUrl` (a fresh token valid 100
 * minutes of sandbox time) on the admin API, and the file's name and extension.
 */
export function viewExport(ctx: ExportRead, state: ExportTables, job: ExportJob): Export {
  if (job.status !== 'finished') return exportResource(job)
  const token = ctx.ids.alphanumeric(32)
  const fileTokens: Record<string, number> = { [token]: ctx.now + EXPORT_FILE_URL_TTL_MS }
  for (const [held, expiresAt] of Object.entries(job.fileTokens))
    if (expiresAt > ctx.now) fileTokens[held] = expiresAt
  const updated = state.exports.update(job, (current) => ({ ...current, fileTokens }))
  return {
    ...exportResource(updated),
    fileUrl: `${ctx.adminUrl}/connectif/exports/${job.id}/file?token=${token}`,
    fileName: fileNameOf(job),
    fileExtension: 'zip',
  }
}

/**
 * The ZIP behind a download link, or undefined when the token is unknown, foreign or expired. The
 * CSV is written, encoded and checksummed in slices: a 500k-contact file is ~100 MB of work that
 * must not stall other requests.
 */
export async function exportFile(
  state: ExportTables,
  id: string,
  token: string,
  now: number,
): Promise<{ fileName: string; bytes: Uint8Array } | undefined> {
  const job = state.exports.get(id)
  const expiresAt = job && Object.hasOwn(job.fileTokens, token) ? job.fileTokens[token] : undefined
  if (!job || expiresAt === undefined || expiresAt <= now || job.status !== 'finished')
    return undefined
  const modifiedAt = new Date(job.finishedAt ?? job.createdAt ?? now)
  const entries: ZipEntryParts[] = []
  for (const file of job.files)
    entries.push({ name: file.name, modifiedAt, ...(await encodeCsv(file, job.delimiter ?? ',')) })
  return { fileName: `${fileNameOf(job)}.zip`, bytes: await concatInSlices(zipPieces(entries)) }
}

/** Rows turned into text per batch, so encoding and the CRC run on a few hundred KB at a time. */
const CSV_BATCH_ROWS = 2_000

async function encodeCsv(
  file: ExportFile,
  delimiter: string,
): Promise<{ parts: Uint8Array[]; crc: number }> {
  const encoder = new TextEncoder()
  const parts: Uint8Array[] = []
  let crc = 0
  let batch = ''
  const flush = () => {
    const bytes = encoder.encode(batch)
    crc = crc32(bytes, crc)
    parts.push(bytes)
    batch = ''
  }
  await forEachInSlices(file.rows, (row, index) => {
    batch += csvLine(row, delimiter)
    if (index % CSV_BATCH_ROWS === CSV_BATCH_ROWS - 1) flush()
  })
  flush()
  return { parts, crc }
}

/** `export-contacts-2026-03-01`, as the reference's example names files [DOC shape, INF date]. */
function fileNameOf(job: ExportJob): string {
  return `export-${job.exportType}-${(job.createdAt ?? '').slice(0, 10)}`
}
