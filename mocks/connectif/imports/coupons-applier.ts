/**
 * Applies `type=coupons` rows: each adds its `code` to the job's multiple coupon set, refusing
 * codes the set already holds.
 *
 * @see shared/research/connectif.md §8 and §13.6 — coupons land in a set through `type=coupons`
 * and raise `quantity`/`available` [DOC/INF]
 */
import { getOwned } from '../../sandbox/indexed-table.ts'
import type { ConnectifState, CouponSetRecord, ImportRecord } from '../state.ts'
import { ROW_PROBLEM } from './parse-csv.ts'
import type { RowApplier } from './row-applier.ts'

/** Coupon rows add their `code` to the set; the set's counters are written once per catch-up. */
export function couponsApplier(state: ConnectifState, job: ImportRecord): RowApplier | string {
  const setId = job.options?.couponSetId ?? ''
  const set = getOwned(state.couponSets, job.accountId, setId)
  if (!set) return `coupon set ${setId} no longer exists`
  const known = codesOf(set)
  let added = 0
  return {
    apply(row) {
      const problem = row[ROW_PROBLEM]
      if (problem !== undefined) return problem
      const code = row.code?.trim()
      if (!code) return 'code is empty'
      if (known.has(code)) return `code "${code}" is already in coupon set ${set.id}`
      known.add(code)
      set.codes.push(code)
      added++
      return undefined
    },
    commit(at) {
      if (added === 0) return
      state.couponSets.update(set, (current) => ({
        ...current,
        quantity: (current.quantity ?? 0) + added,
        available: (current.available ?? 0) + added,
        updatedAt: at,
      }))
    },
  }
}

/** A Set of the coupon set's codes, kept beside its `codes` array and rebuilt if that changed behind our back. */
const codeSets = new WeakMap<string[], Set<string>>()
function codesOf(set: CouponSetRecord): Set<string> {
  let known = codeSets.get(set.codes)
  if (!known || known.size !== set.codes.length) {
    known = new Set(set.codes)
    codeSets.set(set.codes, known)
  }
  return known
}
