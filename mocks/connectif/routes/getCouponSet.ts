// getCouponSet: GET /coupon-sets/{id} — one coupon set with its counters.
// Behaviour: shared/research/connectif.md §8 (CouponSet [DOC]), §13.6 — imports raise quantity/available [INF]; 404 when missing [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { type ConnectifState, toResource } from '../state.ts'

export const getCouponSet: RouteHandler<ConnectifState> = (ctx, state) => {
  const accountId = accountOf(ctx).id
  const set = state.couponSets.get(ctx.params.id as string)
  return set?.accountId === accountId
    ? json(200, toResource(set, 'codes'))
    : notFound('Coupon set not found.')
}
