/**
 * defineRoute types a route from the spec: tsc rejects a body, parameter or answer the operation
 * does not document (each `@ts-expect-error` below fails the type check if the error goes away).
 */
import { expect, it } from 'vitest'
import type { operations } from '../../src/generated/hellotext.ts'
import { routeDefiner } from './define-route.ts'
import { asErrorAnswer } from './sandbox-error.ts'

const defineRoute = routeDefiner<operations, { coupons: string[] }>()

it('keeps the operationId and the handler it is given', () => {
  const handle = () => ({ status: 200 as const, body: { id: 'MzYwlE50', code: 'WELCOME' } })
  const route = defineRoute('updateCoupon', handle)
  expect(route.operationId).toBe('updateCoupon')
  expect(route.handle).toBe(handle)
})

it('types each route from its operation (checked by tsc; the handlers never run here)', () => {
  const routes = [
    defineRoute('updateCoupon', (ctx) => {
      const id: string = ctx.params.id
      // @ts-expect-error updateCoupon has no `coupon_id` path parameter
      ctx.params.coupon_id
      // @ts-expect-error `code` is a string, not a number
      const code: number | undefined = ctx.body.code
      return { status: 200, body: { id, code: String(code) } }
    }),
    // @ts-expect-error 201 is not among updateCoupon's documented answers
    defineRoute('updateCoupon', () => ({ status: 201, body: { id: 'x', code: 'y' } })),
    // @ts-expect-error the 200 body must be a Coupon, which has an id
    defineRoute('updateCoupon', () => ({ status: 200, body: { code: 'y' } })),
    defineRoute('updateCoupon', () => asErrorAnswer({ status: 404, body: { errors: [] } })),
    // @ts-expect-error no such operation
    defineRoute('updateCoupons', () => ({ status: 200 })),
  ]
  expect(routes.map((route) => route.operationId)).toEqual([
    'updateCoupon',
    'updateCoupon',
    'updateCoupon',
    'updateCoupon',
    'updateCoupons',
  ])
})
