/**
 * Coupon sets, with the codes a `type=coupons` import added. Codes are kept in the record (in
 * order) and, for the import's duplicate check, as a Set per set in the state.
 *
 * @see shared/research/connectif.md §8 (CouponSet [DOC]), §13.6 — imports raise quantity and
 * available [INF]
 */
import { IndexedTable } from '../../sandbox/records/indexed-table.ts'
import type { Schemas, Scoped } from '../records.ts'

export type CouponSetRecord = Scoped<Schemas['CouponSet'] & { codes: string[] }>

export function createCouponSetTables() {
  return {
    couponSets: new IndexedTable<CouponSetRecord>({ name: 'coupon sets', primaryKey: (c) => c.id }),
    /** Coupon set id → its codes as a Set, rebuilt when the record's `codes` changed behind it. */
    couponCodeIndex: new Map<string, Set<string>>(),
  }
}

export type CouponSetTables = ReturnType<typeof createCouponSetTables>

/** The set's codes as a Set, for duplicate checks that do not scan. */
export function codesOf(state: CouponSetTables, set: CouponSetRecord): Set<string> {
  let known = state.couponCodeIndex.get(set.id)
  if (!known || known.size !== set.codes.length) {
    known = new Set(set.codes)
    state.couponCodeIndex.set(set.id, known)
  }
  return known
}
