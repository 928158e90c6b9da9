// createCoupon: POST /v1/coupons — 201 with the coupon; `code` unique, `destination_url` public.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Coupon" [DOC: HELP coupons]; 201 and the required code [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { type CouponInput, couponResource, createCoupon as create } from '../coupons-model.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

export const createCoupon: RouteHandler<HellotextState> = (ctx, state) => {
  const coupon = create(state, ctx, accountOf(ctx, state).id, ctx.body as CouponInput)
  return isResult(coupon) ? coupon : json(201, couponResource(coupon))
}
