// listCouponSets: GET /coupon-sets/ — the account's coupon sets, in creation order, one page.
// Behaviour: shared/research/connectif.md §8 (CouponSetList [DOC]), §3.5 — limit/offset paging [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { accountOf, listPage } from '../route-helpers.ts'
import { type ConnectifState, toResource } from '../state.ts'

export const listCouponSets: RouteHandler<ConnectifState> = (ctx, state) => {
  const accountId = accountOf(ctx).id
  // Coupon imports raise the counters: play them forward first.
  const sets = state.couponSets.findMany((q) => q.where({ accountId }))
  const page = listPage(ctx, '/coupon-sets/', sets)
  return json(200, {
    links: page.links,
    results: page.results.map((set) => toResource(set, 'codes')),
  })
}
