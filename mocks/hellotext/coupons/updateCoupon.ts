// updateCoupon: PATCH /v1/coupons/{id} — changes the coupon; 404 when unknown, 422 on a taken code.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Coupon" [DOC: HELP coupons].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { couponResource, findCoupon, updateCoupon as update } from './coupons.ts'

export const updateCoupon = defineRoute('updateCoupon', (ctx, state) => {
  const coupon = findCoupon(state, ctx.account.id, ctx.params.id)
  if (!coupon) return notFound()
  return { status: 200, body: couponResource(update(state, coupon, ctx.body)) }
})
