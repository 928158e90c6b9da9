/**
 * The object a tracked event refers to: an existing one by id (`object`, or the 2022 `product`),
 * or one found or created from `object_parameters` (matched on `source` + `reference`). An id of
 * another type is 422, an id the business does not have is 404 [INF: see the spec's
 * `unknownObject` example]; `object_parameters` may create an object even if the event then fails.
 *
 * @see shared/research/hellotext-reskyt.md A4 (request body, side effects), A5 (object per action),
 * A6 (object shapes)
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { type ErrorAnswer, rejectWith, type SandboxError } from '../../sandbox/sandbox-error.ts'
import { BUILT_IN_STRUCTURES, type ObjectKind } from '../actions/actions.ts'
import { applyCartParameters, type CartOwner, type CartTables, findCart } from '../carts/carts.ts'
import {
  type CouponTables,
  createCoupon,
  findCoupon,
  findCouponByCode,
} from '../coupons/coupons.ts'
import { ambiguous, invalid, MESSAGES, notFound, parameterMissing } from '../errors.ts'
import {
  findInstance,
  findOrCreateInstance,
  findStructure,
  type ObjectTables,
} from '../objects/objects.ts'
import {
  createOrder,
  findOrder,
  findOrderBySourceReference,
  type OrderTables,
  orderTotal,
} from '../orders/orders.ts'
import { findProduct, type ProductTables, resolveProduct } from '../products/products.ts'
import {
  asDecimal,
  asPrice,
  asReference,
  isPlainObject,
  type Price,
  type Sequence,
} from '../records.ts'
import { checkObjectParameters } from './object-parameters.ts'

/** Every table an event's object can be found in or created in. */
export type TrackedObjectState = ProductTables &
  CartTables &
  OrderTables &
  CouponTables &
  ObjectTables &
  Sequence

export interface TrackedObject {
  id: string
  type: string
  amount?: number
  currency?: string
}

export interface Named<T> {
  value: T
  /** How the body named it, for errors (`object`, `product_id`, `object_parameters`…). */
  parameter: string
}

export interface ObjectRequest {
  action: string
  kind: ObjectKind
  objectType?: string
  object?: Named<string>
  parameters?: Named<Record<string, unknown>>
  owner: CartOwner
}

/** Instances of these types belong to built-in structures; any other type is a custom structure. */
const BUILT_IN_INSTANCE_TYPES = new Set(['refund', 'app', 'form', 'location'])

/** The object kind of each built-in structure's singular name [DOC: HELP objects]. */
const BUILT_IN_KINDS = new Map<string, ObjectKind>(
  [...BUILT_IN_STRUCTURES].map((name) => [name, name as ObjectKind]),
)

const fromPrice = (id: string, type: string, price: Price | undefined): TrackedObject => ({
  id,
  type,
  ...(price?.amount === undefined ? {} : { amount: price.amount }),
  ...(price?.currency === undefined ? {} : { currency: price.currency }),
})

function existsAnywhere(state: TrackedObjectState, accountId: string, id: string): boolean {
  return Boolean(
    findProduct(state, accountId, id) ??
      findCart(state, accountId, id) ??
      findOrder(state, accountId, id) ??
      findCoupon(state, accountId, id) ??
      findInstance(state, accountId, id),
  )
}

/** An id that is not of the action's type: 422 if it is another object of the business, else 404. */
function wrongOrUnknown(
  state: TrackedObjectState,
  accountId: string,
  object: Named<string>,
): SandboxError {
  return rejectWith(
    existsAnywhere(state, accountId, object.value)
      ? invalid(object.parameter, MESSAGES.objectType)
      : notFound(object.parameter, MESSAGES.objectNotFound),
  )
}

const reject = (answer: ErrorAnswer) => rejectWith(answer)

/** The event's object, `null` when it has none; a caller's mistake is thrown as the Hellotext error. */
export function resolveTrackedObject(
  state: TrackedObjectState,
  ctx: CallerContext,
  request: ObjectRequest,
): TrackedObject | null {
  const accountId = ctx.account.id
  const { object, parameters } = request
  // A custom action may name a built-in structure (`object_type: 'product'`, the name events
  // report) and then refers to an object of that kind [DOC: HELP objects].
  const builtIn =
    request.objectType === undefined ? undefined : BUILT_IN_KINDS.get(request.objectType)
  const kind = request.kind === 'custom' && builtIn ? builtIn : request.kind
  if (request.kind !== 'custom' && request.objectType !== undefined && builtIn !== request.kind)
    ctx.warn(
      `object_type ${request.objectType} is not the object type of ${request.action} (${request.kind}); ignored`,
    )
  if (object && parameters)
    throw reject(ambiguous(parameters.parameter, MESSAGES.objectAndParameters))
  // Inline parameters are named as the object's own (`name`), as hellotext.js's docs show an
  // error for `object_parameters: { name: null }` [SDK: JS docs/tracking.md].
  const at = ''
  const params = parameters?.value
  switch (kind) {
    case 'none':
    case 'url': {
      const sent = object?.parameter ?? parameters?.parameter
      if (sent === undefined) return null
      throw reject(invalid(sent, MESSAGES.objectType))
    }
    case 'product': {
      if (object) {
        const product = findProduct(state, accountId, object.value)
        if (!product) throw wrongOrUnknown(state, accountId, object)
        return fromPrice(product.id, 'product', product.price)
      }
      if (!params || !parameters) return null
      const input = checkObjectParameters('product', params, parameters.parameter)
      const product = resolveProduct(state, ctx, input, at)
      return fromPrice(product.id, 'product', product.price)
    }
    case 'cart': {
      // `cart.abandoned` needs an existing cart id in `object` [DOC: HELP tracking-events].
      if (request.action === 'cart.abandoned' && !object) throw reject(parameterMissing('object'))
      if (object) {
        const cart = findCart(state, accountId, object.value)
        if (!cart) throw wrongOrUnknown(state, accountId, object)
        return { id: cart.id, type: 'cart' }
      }
      if (!params || !parameters) return null
      const input = checkObjectParameters('cart', params, parameters.parameter)
      const cart = applyCartParameters(state, ctx, input, request.owner, at)
      return { id: cart.id, type: 'cart' }
    }
    case 'order': {
      if (object) {
        const order = findOrder(state, accountId, object.value)
        if (!order) throw wrongOrUnknown(state, accountId, object)
        return fromPrice(order.id, 'order', orderTotal(state, order))
      }
      if (!params || !parameters) return null
      const input = checkObjectParameters('order', params, parameters.parameter)
      const order =
        (input.reference === undefined
          ? undefined
          : findOrderBySourceReference(
              state,
              accountId,
              input.source,
              asReference(input.reference),
            )) ?? createOrder(state, ctx, input, at)
      return fromPrice(order.id, 'order', orderTotal(state, order))
    }
    case 'coupon': {
      if (object) {
        const coupon = findCoupon(state, accountId, object.value)
        if (!coupon) throw wrongOrUnknown(state, accountId, object)
        return { id: coupon.id, type: 'coupon' }
      }
      if (!params || !parameters) return null
      const input = checkObjectParameters('coupon', params, parameters.parameter)
      const coupon =
        (typeof input.code === 'string'
          ? findCouponByCode(state, accountId, input.code)
          : undefined) ?? createCoupon(state, ctx, input, at)
      return { id: coupon.id, type: 'coupon' }
    }
    case 'refund':
    case 'app':
    case 'form':
    case 'location': {
      if (object) {
        const instance = findInstance(state, accountId, object.value)
        if (instance?.type !== kind) throw wrongOrUnknown(state, accountId, object)
        return instanceObject(instance.id, kind, instance.values)
      }
      if (!params || !parameters) return null
      const values = kind === 'refund' ? refundValues(params, parameters.parameter) : params
      const instance = findOrCreateInstance(state, ctx, kind, values, at)
      return instanceObject(instance.id, kind, instance.values)
    }
    case 'custom': {
      const structure =
        request.objectType === undefined
          ? undefined
          : findStructure(state, accountId, request.objectType)
      if (request.objectType !== undefined && !structure) throw reject(notFound('object_type'))
      if (object) {
        const instance = findInstance(state, accountId, object.value)
        const fits =
          instance &&
          (structure
            ? instance.type === structure.name
            : !BUILT_IN_INSTANCE_TYPES.has(instance.type))
        if (!fits) throw wrongOrUnknown(state, accountId, object)
        return { id: instance.id, type: instance.type }
      }
      if (!params) return null
      // Inline custom objects say which structure they are [DOC: object_type].
      if (!structure) throw reject(parameterMissing('object_type'))
      const instance = findOrCreateInstance(state, ctx, structure.name, params, at, structure)
      return { id: instance.id, type: structure.name }
    }
  }
}

/** A refund's parameters as stored: amounts as numbers (WooCommerce sends strings) [SDK: WP]. */
function refundValues(params: Record<string, unknown>, parameter: string) {
  const { amount, total, ...rest } = checkObjectParameters('refund', params, parameter)
  return {
    ...rest,
    ...(amount === undefined ? {} : { amount: asDecimal(amount) }),
    ...(total === undefined ? {} : { total: asPrice(total) }),
  }
}

/** A refund carries its amount as `amount`/`currency` or `total` [SDK: WP RefundAdapter]. */
function instanceObject(id: string, type: string, values: Record<string, unknown>): TrackedObject {
  const total = isPlainObject(values.total) ? (values.total as Price) : undefined
  const amount = typeof values.amount === 'number' ? values.amount : total?.amount
  const currency = typeof values.currency === 'string' ? values.currency : total?.currency
  return {
    id,
    type,
    ...(type === 'refund' && amount !== undefined ? { amount } : {}),
    ...(type === 'refund' && currency !== undefined ? { currency } : {}),
  }
}
