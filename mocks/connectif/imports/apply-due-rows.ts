/**
 * Runs one job's rows as far as the clock allows, at a fixed rate, so `inProgress` and partial
 * counts are observable and repeatable. Rows with problems are counted and reported; they never
 * stop the job.
 */
import type { IdGenerator } from '../../sandbox/ids.ts'
import { iso } from '../route-helpers.ts'
import type { ConnectifState, ImportRecord } from '../state.ts'
import { contactsApplier } from './contacts-applier.ts'
import { couponsApplier } from './coupons-applier.ts'
import { productsApplier } from './products-applier.ts'
import type { RowApplier } from './row-applier.ts'

/**
 * Rows applied per second of sandbox time [INF: Connectif documents no throughput]. 1,000 rows
 * take 50 ms; 500,000 take 25 s, so a test sees `inProgress` with `clock.advance('2s')`.
 */
export const IMPORT_ROWS_PER_SECOND = 20_000

/** The sandbox time at which row `row` (1-based) of a job started at `startedAt` is applied. */
const rowTime = (startedAt: number, row: number) =>
  startedAt + Math.ceil((row * 1000) / IMPORT_ROWS_PER_SECOND)

/** Applies the rows of a running job that are due by `now`, and ends the job after its last row. */
export function applyDueRows(
  state: ConnectifState,
  job: ImportRecord,
  now: number,
  ids: IdGenerator,
): void {
  const startedAt = Date.parse(job.startedAt as string)
  const total = job.total ?? 0
  const due = Math.min(total, Math.floor(((now - startedAt) * IMPORT_ROWS_PER_SECOND) / 1000))
  const count = due - job.processed
  if (count > 0) {
    const applier = createApplier(state, job, ids)
    if (typeof applier === 'string') {
      // The job cannot run at all (its coupon set is gone): it stops where it stands.
      finish(job, 'error', rowTime(startedAt, job.processed))
      return
    }
    const timestamps = new TimestampCache()
    let { success = 0, errors = 0 } = job
    for (let i = 0; i < count; i++) {
      const row = job.processed + i + 1
      const reason = applier.apply(
        job.pendingRows[i] as Record<string, string>,
        timestamps.iso(rowTime(startedAt, row)),
      )
      if (reason === undefined) success++
      else {
        errors++
        job.rowErrors.push({ row, reason })
      }
    }
    applier.commit?.(timestamps.iso(rowTime(startedAt, due)))
    job.success = success
    job.errors = errors
    job.processed = due
    if (due === total) job.pendingRows = []
    else job.pendingRows.splice(0, count)
  }
  if (job.processed === total) finish(job, 'finished', rowTime(startedAt, total))
}

function createApplier(
  state: ConnectifState,
  job: ImportRecord,
  ids: IdGenerator,
): RowApplier | string {
  if (job.type === 'contacts') return contactsApplier(state, job, ids)
  if (job.type === 'products') return productsApplier(state, job, ids)
  return couponsApplier(state, job)
}

function finish(job: ImportRecord, status: 'finished' | 'error', at: number): void {
  job.status = status
  job.finishedAt = iso(at)
  job.pendingRows = []
}

/** Twenty rows share each millisecond at 20,000 rows/s: format each instant once. */
class TimestampCache {
  #ms = Number.NaN
  #iso = ''
  iso(ms: number): string {
    if (ms !== this.#ms) {
      this.#ms = ms
      this.#iso = iso(ms)
    }
    return this.#iso
  }
}
