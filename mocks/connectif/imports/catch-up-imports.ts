/**
 * Plays an account's import jobs forward to the sandbox clock, lazily (no timers) and one job at a
 * time per account. Cancelling and removing live here too, because both change when the account's
 * worker is free for the next job.
 *
 * @see shared/research/connectif.md §9 — polling [DOC]; §13.5 — jobs advance with the clock [INF]
 *
 * @example
 * catchUpImports(state, accountId, clock.now()) // queued → inProgress → finished as time passes
 */
import type { IdGenerator } from '../../sandbox/ids.ts'
import { iso } from '../route-helpers.ts'
import type { ConnectifState, ImportRecord } from '../state.ts'
import { applyDueRows } from './apply-due-rows.ts'
import { accountImports, findImport } from './read-imports.ts'

/** A job starts this long after it was created, or after the account's previous job ended [INF]. */
export const IMPORT_START_DELAY_MS = 1_000

/** Per state and account: when the account's last job stopped running (ms), so the next starts after it. */
const workerFreeAt = new WeakMap<ConnectifState, Map<string, number>>()

/**
 * Brings the account's jobs up to `now`: in creation order, one at a time, each starts
 * IMPORT_START_DELAY_MS after it was created or after the previous job ended, then applies
 * IMPORT_ROWS_PER_SECOND rows per second of sandbox time until it is finished. The service's
 * beforeRoute calls it before every route, so every answer reflects the sandbox clock.
 */
export function catchUpImports(
  state: ConnectifState,
  accountId: string,
  now: number,
  ids: IdGenerator,
): void {
  let freeAtByAccount = workerFreeAt.get(state)
  if (!freeAtByAccount) {
    freeAtByAccount = new Map()
    workerFreeAt.set(state, freeAtByAccount)
  }
  // The remembered time covers jobs removed by DELETE; the records cover the rest.
  let freeAt = freeAtByAccount.get(accountId) ?? Number.NEGATIVE_INFINITY
  for (const job of accountImports(state, accountId)) {
    if (job.status === 'queued') {
      const start = Math.max(Date.parse(job.createdAt as string), freeAt) + IMPORT_START_DELAY_MS
      if (start > now) break
      job.status = 'inProgress'
      job.startedAt = iso(start)
    }
    if (job.status === 'inProgress') {
      applyDueRows(state, job, now, ids)
      if (job.status === 'inProgress') break
    }
    freeAt = Math.max(freeAt, endOf(job))
  }
  freeAtByAccount.set(accountId, freeAt)
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
  state: ConnectifState,
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
  } else {
    const freeAtByAccount = workerFreeAt.get(state)
    const freeAt = freeAtByAccount?.get(accountId) ?? Number.NEGATIVE_INFINITY
    freeAtByAccount?.set(accountId, Math.max(freeAt, endOf(job)))
    state.imports.delete(job)
  }
  return true
}
