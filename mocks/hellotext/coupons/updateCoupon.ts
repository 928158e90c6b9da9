// updateCoupon: PATCH /v1/coupons/{id} — changes the coupon; 404 when unknown, 422 on a taken code.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Coupon" [DOC: HELP coupons].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import {
  type CouponInput,
  couponResource,
  findCoupon,
  updateCoupon as update,
} from '../coupons-model.ts'
import { notFound } from '../errors.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

export const updateCoupon: RouteHandler<HellotextState> = (ctx, state) => {
  const coupon = findCoupon(state, accountOf(ctx, state).id, ctx.params.id as string)
  if (!coupon) return notFound()
  const updated = update(state, coupon, ctx.body as CouponInput)
  return isResult(updated) ? updated : json(200, couponResource(updated))
}
