/**
 * Coupons: `code` is case-sensitive and unique in the business; `destination_url` must be public
 * (the sandbox refuses localhost, private and link-local addresses [INF]).
 *
 * @see shared/research/hellotext-reskyt.md A6 "Coupon" [DOC: HELP coupons; SDK: WP]
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { IndexedTable, scopedKey } from '../../sandbox/records/indexed-table.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import { invalid, MESSAGES, notUnique, parameterMissing } from '../errors.ts'
import {
  asReference,
  findIn,
  newId,
  type Owned,
  type Schemas,
  type Sequence,
  withoutBookkeeping,
} from '../records.ts'

export type CouponInput = Schemas['CouponInput']

export interface CouponRecord extends Owned {
  code: string
  description?: string
  destination_url?: string
  reference?: string
}

export function createCouponTables() {
  return {
    coupons: new IndexedTable<CouponRecord, 'code'>({
      name: 'coupons',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: { code: (r) => scopedKey(r.accountId, r.code) },
    }),
  }
}

export type CouponTables = ReturnType<typeof createCouponTables>

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

export function findCoupon(state: CouponTables, accountId: string, id: string) {
  return findIn(state.coupons, accountId, id)
}

export function findCouponByCode(state: CouponTables, accountId: string, code: string) {
  return state.coupons.findBy('code', scopedKey(accountId, code))
}

export function couponResource(coupon: CouponRecord): Schemas['Coupon'] {
  return withoutBookkeeping(coupon)
}

/** The code must be the business's only one; the destination must be public. */
function check(
  state: CouponTables,
  accountId: string,
  input: CouponInput,
  self: string | undefined,
  at: string,
): void {
  if (input.code !== undefined) {
    const holder = findCouponByCode(state, accountId, input.code)
    if (holder && holder.id !== self)
      throw rejectWith(notUnique(`${at}code`, MESSAGES.taken('coupon')))
  }
  if (input.destination_url !== undefined && !isPublicUrl(input.destination_url))
    throw rejectWith(invalid(`${at}destination_url`, MESSAGES.destinationUrl))
}

export function createCoupon(
  state: CouponTables & Sequence,
  ctx: CallerContext,
  input: CouponInput,
  at = '',
): CouponRecord {
  const accountId = ctx.account.id
  // A coupon is its code: `coupon.redeemed` finds it by code [INF].
  if (input.code === undefined) throw rejectWith(parameterMissing(`${at}code`))
  check(state, accountId, input, undefined, at)
  return state.coupons.insert({
    accountId,
    id: newId(ctx, (id) => findCoupon(state, accountId, id) !== undefined),
    seq: state.nextSeq(),
    code: input.code,
    ...pick(input),
  })
}

export function updateCoupon(
  state: CouponTables,
  coupon: CouponRecord,
  input: CouponInput,
): CouponRecord {
  check(state, coupon.accountId, input, coupon.id, '')
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
    // WooCommerce sends integer references; they are kept as text [INF].
    ...(input.reference === undefined ? {} : { reference: asReference(input.reference) }),
  }
}
