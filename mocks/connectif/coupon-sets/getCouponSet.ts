// getCouponSet: GET /coupon-sets/{id} — one coupon set with its counters.
// Behaviour: shared/research/connectif.md §8 (CouponSet [DOC]), §13.6 — imports raise quantity/available [INF]; 404 when missing [INF].
import { getOwned } from '../../sandbox/records/indexed-table.ts'
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { toResource } from '../records.ts'

export const getCouponSet = defineRoute('getCouponSet', (ctx, state) => {
  const set = getOwned(state.couponSets, ctx.account.id, ctx.params.id)
  return set ? { status: 200, body: toResource(set, 'codes') } : notFound('Coupon set not found.')
})
