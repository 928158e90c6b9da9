/**
 * Coupons: `code` is case-sensitive and unique in the business; `destination_url` must be public
 * (the sandbox refuses localhost, private and link-local addresses [INF]).
 *
 * @see shared/research/hellotext-reskyt.md A6 "Coupon" [DOC: HELP coupons; SDK: WP]
 */
import type { components } from '../../src/generated/hellotext.ts'
import { scopedKey } from '../sandbox/indexed-table.ts'
import type { RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import { invalid, MESSAGES, notUnique, parameterMissing } from './errors.ts'
import { newId } from './route-helpers.ts'
import { type CouponRecord, findIn, type HellotextState } from './state.ts'

export type CouponInput = components['schemas']['CouponInput']

const PRIVATE_HOST =
  /^(localhost|.*\.localhost|.*\.local|.*\.internal|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|\[f[cd][0-9a-f:]*\])$/i

/** An http(s) URL whose host the internet could reach. */
export function isPublicUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return /^https?:$/.test(parsed.protocol) && !PRIVATE_HOST.test(parsed.hostname)
  } catch {
    return false
  }
}

export function findCoupon(state: HellotextState, accountId: string, id: string) {
  return findIn(state.coupons, accountId, id)
}

export function findCouponByCode(state: HellotextState, accountId: string, code: string) {
  return state.coupons.findBy('code', scopedKey(accountId, code))
}

export function couponResource(coupon: CouponRecord) {
  const { accountId: _a, seq: _s, ...fields } = coupon
  return fields
}

function check(
  state: HellotextState,
  accountId: string,
  input: CouponInput,
  self: string | undefined,
  at: string,
): RouteResult | undefined {
  if (input.code !== undefined) {
    const holder = findCouponByCode(state, accountId, input.code)
    if (holder && holder.id !== self) return notUnique(`${at}code`, MESSAGES.taken('coupon'))
  }
  if (input.destination_url !== undefined && !isPublicUrl(input.destination_url))
    return invalid(`${at}destination_url`, MESSAGES.destinationUrl)
  return undefined
}

export function createCoupon(
  state: HellotextState,
  ctx: RouteContext,
  accountId: string,
  input: CouponInput,
  at = '',
): CouponRecord | RouteResult {
  // A coupon is its code: `coupon.redeemed` finds it by code [INF].
  if (input.code === undefined) return parameterMissing(`${at}code`)
  const problem = check(state, accountId, input, undefined, at)
  if (problem) return problem
  return state.coupons.insert({
    accountId,
    id: newId(ctx, (id) => findCoupon(state, accountId, id) !== undefined),
    seq: state.nextSeq(),
    code: input.code,
    ...pick(input),
  })
}

export function updateCoupon(
  state: HellotextState,
  coupon: CouponRecord,
  input: CouponInput,
): CouponRecord | RouteResult {
  const problem = check(state, coupon.accountId, input, coupon.id, '')
  if (problem) return problem
  return state.coupons.update(coupon, (c) => ({
    ...c,
    ...(input.code === undefined ? {} : { code: input.code }),
    ...pick(input),
  }))
}

function pick(input: CouponInput) {
  return {
    ...(input.description === undefined ? {} : { description: input.description }),
    ...(input.destination_url === undefined ? {} : { destination_url: input.destination_url }),
    ...(input.reference === undefined ? {} : { reference: input.reference }),
  }
}
