// createCoupon: POST /v1/coupons — 201 with the coupon; `code` unique, `destination_url` public.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Coupon" [DOC: HELP coupons]; 201 and the required code [INF].
import { defineRoute } from '../define-route.ts'
import { couponResource, createCoupon as create } from './coupons.ts'

export const createCoupon = defineRoute('createCoupon', (ctx, state) => ({
  status: 201,
  body: couponResource(create(state, ctx, ctx.body)),
}))
