/**
 * Plays an account's import jobs forward to the sandbox clock, lazily (no timers) and one job at a
 * time per account, at a fixed row rate, so `inProgress` and partial counts are observable and
 * repeatable. Rows with problems are counted and reported; they never stop the job. Cancelling
 * and removing live here too, because both change when the account's worker is free for the next.
 *
 * @see shared/research/connectif.md §9 — polling [DOC]; §13.5 — jobs advance with the clock [INF]
 *
 * @example
 * playImportsForward(state, account, clock.now(), ids) // queued → inProgress → finished as time passes
 */
import type { Account } from '../../sandbox/accounts.ts'
import type { IdGenerator } from '../../sandbox/records/ids.ts'
import { nextTurn } from '../../sandbox/slices.ts'
import { settingsOf } from '../account-settings.ts'
import type { ContactFieldTables } from '../contact-fields/contact-fields.ts'
import type { ContactTables } from '../contacts/contacts.ts'
import type { CouponSetTables } from '../coupon-sets/coupon-sets.ts'
import type { ProductTables } from '../products/products.ts'
import { iso } from '../records.ts'
import { contactsApplier, couponsApplier, productsApplier } from './appliers.ts'
import { accountImports, findImport, type ImportRecord, type ImportTables } from './imports.ts'
import type { RowApplier } from './row-values.ts'

/** What running a job touches: its own tables and every table a row can write. */
export type ImportRunState = ImportTables &
  ContactTables &
  ContactFieldTables &
  ProductTables &
  CouponSetTables

/** A job starts this long after it was created, or after the account's previous job ended [INF]. */
export const IMPORT_START_DELAY_MS = 1_000

/**
 * Rows applied per second of sandbox time [INF: Connectif documents no throughput]. 1,000 rows
 * take 50 ms; 500,000 take 25 s, so a test sees `inProgress` with `clock.advance('2s')`.
 */
export const IMPORT_ROWS_PER_SECOND = 20_000

/**
 * Longest stretch of applying rows before the event loop gets a turn. Shorter than other jobs'
 * slices: with `--data` each slice's rows are committed right after it, in the same thread, so a
 * slice's stall is its own time and then its commit's. Measured on a 100,000-row import, another
 * account's GETs: p50 40 → 12 ms with a data file, 11 → 3.4 ms in memory, against 10 ms slices;
 * the import took no longer.
 */
const IMPORT_SLICE_MS = 2.5

/**
 * Plays the account's jobs forward to `now`, IMPORT_SLICE_MS of applying at a time with the event
 * loop free in between: a request of this account waits until every row due by its arrival is
 * applied (so every answer reflects the sandbox clock), while other requests keep being answered.
 * An ordinary import (a few hundred rows) is caught up in the first slice, without waiting. The
 * service's beforeRoute calls it before every route of an account.
 */
export async function playImportsForward(
  state: ImportRunState,
  account: Account,
  now: number,
  ids: IdGenerator,
): Promise<void> {
  for (;;) {
    // Another request's catch-up is under way: wait for it, then go on to this request's time.
    const running = state.importCatchUps.get(account.id)
    if (running) {
      await running
      continue
    }
    if (!catchUpImports(state, account, now, ids, performance.now() + IMPORT_SLICE_MS)) return
    const run = (async () => {
      do await nextTurn()
      while (catchUpImports(state, account, now, ids, performance.now() + IMPORT_SLICE_MS))
    })()
    state.importCatchUps.set(account.id, run)
    try {
      await run
    } finally {
      if (state.importCatchUps.get(account.id) === run) state.importCatchUps.delete(account.id)
    }
    return
  }
}

/**
 * Brings the account's jobs up to `now`, or as far as it gets by `deadline` (performance.now()):
 * in creation order, one at a time, each starts IMPORT_START_DELAY_MS after it was created or
 * after the previous job ended, then applies IMPORT_ROWS_PER_SECOND rows per second of sandbox
 * time until it is finished. True when rows due by `now` are left for another slice.
 */
export function catchUpImports(
  state: ImportRunState,
  account: Account,
  now: number,
  ids: IdGenerator,
  deadline = Number.POSITIVE_INFINITY,
): boolean {
  // The remembered time covers jobs removed by DELETE; the records cover the rest.
  let freeAt = state.importWorkerFreeAt.get(account.id) ?? Number.NEGATIVE_INFINITY
  for (const job of accountImports(state, account.id)) {
    if (job.status === 'queued') {
      const start = Math.max(Date.parse(job.createdAt ?? ''), freeAt) + IMPORT_START_DELAY_MS
      if (start > now) break
      job.status = 'inProgress'
      job.startedAt = iso(start)
      state.imports.touch(job)
    }
    if (job.status === 'inProgress') {
      const more = applyDueRows(job, now, deadline, () => createApplier(state, job, ids, account))
      // The job's progress changed in place: a store saves it with the rows it applied.
      state.imports.touch(job)
      if (more) {
        state.importWorkerFreeAt.set(account.id, freeAt)
        return true
      }
      if (job.status === 'inProgress') break
    }
    freeAt = Math.max(freeAt, endOf(job))
  }
  state.importWorkerFreeAt.set(account.id, freeAt)
  return false
}

/** When a job stopped occupying the account's worker; -Infinity for one that never ran. */
function endOf(job: ImportRecord): number {
  if (job.finishedAt) return Date.parse(job.finishedAt)
  if (job.startedAt && job.cancelledAt) return Date.parse(job.cancelledAt)
  return Number.NEGATIVE_INFINITY
}

/**
 * `DELETE /imports/{id}` [INF: the docs only say the key needs the Imports "Delete" permission]:
 * a queued or running job is cancelled (`cancelled`, `cancelledAt`; rows already applied stay),
 * a job that already ended (finished, error or cancelled) is removed. False when there is none.
 */
export function cancelOrRemoveImport(
  state: ImportTables,
  accountId: string,
  id: string,
  now: number,
): boolean {
  const job = findImport(state, accountId, id)
  if (!job) return false
  if (job.status === 'queued' || job.status === 'inProgress') {
    job.status = 'cancelled'
    job.cancelledAt = iso(now)
    job.pendingRows = []
    state.imports.touch(job)
  } else {
    const freeAt = state.importWorkerFreeAt.get(accountId) ?? Number.NEGATIVE_INFINITY
    state.importWorkerFreeAt.set(accountId, Math.max(freeAt, endOf(job)))
    state.imports.delete(job)
  }
  return true
}

/** The sandbox time at which row `row` (1-based) of a job started at `startedAt` is applied. */
const rowTime = (startedAt: number, row: number) =>
  startedAt + Math.ceil((row * 1000) / IMPORT_ROWS_PER_SECOND)

/** Rows applied between two looks at the clock: cheap enough to check, short enough to stop on time. */
const ROWS_PER_CLOCK_CHECK = 256

/**
 * Applies the rows of a running job that are due by `now`, stopping at `deadline`, and ends the
 * job after its last row. True when due rows are left for another slice.
 */
function applyDueRows(
  job: ImportRecord,
  now: number,
  deadline: number,
  applierOf: () => RowApplier | string,
): boolean {
  const startedAt = Date.parse(job.startedAt ?? '')
  const total = job.total ?? 0
  const due = Math.min(total, Math.floor(((now - startedAt) * IMPORT_ROWS_PER_SECOND) / 1000))
  const count = due - job.processed
  if (count > 0) {
    const applier = applierOf()
    if (typeof applier === 'string') {
      // The job cannot run at all (its coupon set is gone): it stops where it stands.
      finish(job, 'error', rowTime(startedAt, job.processed))
      return false
    }
    const timestamps = new TimestampCache()
    let { success = 0, errors = 0 } = job
    let applied = 0
    while (applied < count) {
      const row = job.processed + applied + 1
      const reason = applier.apply(
        job.pendingRows[row - 1] as Record<string, string>,
        timestamps.iso(rowTime(startedAt, row)),
      )
      applied++
      if (reason === undefined) success++
      else {
        errors++
        job.rowErrors.push({ row, reason })
      }
      if (applied % ROWS_PER_CLOCK_CHECK === 0 && performance.now() > deadline) break
    }
    const processed = job.processed + applied
    applier.commit?.(timestamps.iso(rowTime(startedAt, processed)))
    job.success = success
    job.errors = errors
    job.processed = processed
    if (processed === total) job.pendingRows = []
    if (applied < count) return true
  }
  if (job.processed === total) finish(job, 'finished', rowTime(startedAt, total))
  return false
}

function createApplier(
  state: ImportRunState,
  job: ImportRecord,
  ids: IdGenerator,
  account: Account,
): RowApplier | string {
  if (job.type === 'contacts') return contactsApplier(state, job, ids)
  if (job.type === 'products')
    return productsApplier(state, job, ids, settingsOf(account).allowedDomains)
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
