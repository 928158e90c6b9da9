// listCouponSets: GET /coupon-sets/ — the account's coupon sets, in creation order, one page.
// Behaviour: shared/research/connectif.md §8 (CouponSetList [DOC]), §3.5 — limit/offset paging [INF].
import { defineRoute } from '../define-route.ts'
import { toResource } from '../records.ts'
import { listPage } from '../route-helpers.ts'

export const listCouponSets = defineRoute('listCouponSets', (ctx, state) => {
  const accountId = ctx.account.id
  const sets = state.couponSets.findMany((q) => q.where({ accountId }))
  const page = listPage(ctx, '/coupon-sets/', sets)
  return {
    status: 200,
    body: { links: page.links, results: page.results.map((set) => toResource(set, 'codes')) },
  }
})
