/**
 * The object a tracked event refers to: an existing one by id (`object`, or the 2022 `product`),
 * or one found or created from `object_parameters` (matched on `source` + `reference`). An id of
 * another type is 422, an id the business does not have is 404 [INF: see the spec's
 * `unknownObject` example]; `object_parameters` may create an object even if the event then fails.
 *
 * @see shared/research/hellotext-reskyt.md A4 (request body, side effects), A5 (object per action),
 * A6 (object shapes)
 */
import type { RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import type { ObjectKind } from './actions-model.ts'
import { applyCartParameters, type CartOwner, findCart } from './carts-model.ts'
import { type CouponInput, createCoupon, findCoupon, findCouponByCode } from './coupons-model.ts'
import { ambiguous, invalid, MESSAGES, notFound, parameterMissing } from './errors.ts'
import {
  createOrder,
  findOrder,
  findOrderBySourceReference,
  type OrderInput,
  orderTotal,
} from './orders-model.ts'
import { findProduct, type ProductInput, resolveProduct } from './products-model.ts'
import { isResult } from './route-helpers.ts'
import type { HellotextState, Price } from './state.ts'
import { findInstance, findOrCreateInstance, findStructure } from './structures-model.ts'

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

/** Instances of these types belong to built-in actions; any other type is a custom structure. */
const BUILT_IN_INSTANCE_TYPES = new Set(['refund', 'app', 'form'])

const fromPrice = (id: string, type: string, price: Price | undefined): TrackedObject => ({
  id,
  type,
  ...(price?.amount === undefined ? {} : { amount: price.amount }),
  ...(price?.currency === undefined ? {} : { currency: price.currency }),
})

function existsAnywhere(state: HellotextState, accountId: string, id: string): boolean {
  return Boolean(
    findProduct(state, accountId, id) ??
      findCart(state, accountId, id) ??
      findOrder(state, accountId, id) ??
      findCoupon(state, accountId, id) ??
      findInstance(state, accountId, id),
  )
}

/** An id that is not of the action's type: 422 if it is another object of the business, else 404. */
function wrongOrUnknown(state: HellotextState, accountId: string, object: Named<string>) {
  return existsAnywhere(state, accountId, object.value)
    ? invalid(object.parameter, MESSAGES.objectType)
    : notFound(object.parameter, MESSAGES.objectNotFound)
}

/** The event's object, `null` when it has none, or the error answer. */
export function resolveTrackedObject(
  state: HellotextState,
  ctx: RouteContext,
  accountId: string,
  request: ObjectRequest,
): TrackedObject | null | RouteResult {
  const { kind, object, parameters } = request
  if (object && parameters) return ambiguous(parameters.parameter, MESSAGES.objectAndParameters)
  const at = parameters ? `${parameters.parameter}.` : ''
  const params = parameters?.value
  switch (kind) {
    case 'none':
    case 'url': {
      const sent = object?.parameter ?? parameters?.parameter
      return sent === undefined ? null : invalid(sent, MESSAGES.objectType)
    }
    case 'product': {
      if (object) {
        const product = findProduct(state, accountId, object.value)
        return product
          ? fromPrice(product.id, 'product', product.price)
          : wrongOrUnknown(state, accountId, object)
      }
      if (!params) return null
      const product = resolveProduct(
        state,
        ctx,
        accountId,
        params as ProductInput,
        parameters?.parameter as string,
      )
      return isResult(product) ? product : fromPrice(product.id, 'product', product.price)
    }
    case 'cart': {
      // `cart.abandoned` needs an existing cart id in `object` [DOC: HELP tracking-events].
      if (request.action === 'cart.abandoned' && !object) return parameterMissing('object')
      if (object) {
        const cart = findCart(state, accountId, object.value)
        return cart ? { id: cart.id, type: 'cart' } : wrongOrUnknown(state, accountId, object)
      }
      if (!params) return null
      const cart = applyCartParameters(state, ctx, accountId, params, request.owner, at)
      return isResult(cart) ? cart : { id: cart.id, type: 'cart' }
    }
    case 'order': {
      if (object) {
        const order = findOrder(state, accountId, object.value)
        return order
          ? fromPrice(order.id, 'order', orderTotal(state, order))
          : wrongOrUnknown(state, accountId, object)
      }
      if (!params) return null
      const input = params as OrderInput
      const order =
        (input.reference === undefined
          ? undefined
          : findOrderBySourceReference(state, accountId, input.source, input.reference)) ??
        createOrder(state, ctx, accountId, input, at)
      return isResult(order) ? order : fromPrice(order.id, 'order', orderTotal(state, order))
    }
    case 'coupon': {
      if (object) {
        const coupon = findCoupon(state, accountId, object.value)
        return coupon ? { id: coupon.id, type: 'coupon' } : wrongOrUnknown(state, accountId, object)
      }
      if (!params) return null
      const input = params as CouponInput
      const coupon =
        (typeof input.code === 'string'
          ? findCouponByCode(state, accountId, input.code)
          : undefined) ?? createCoupon(state, ctx, accountId, input, at)
      return isResult(coupon) ? coupon : { id: coupon.id, type: 'coupon' }
    }
    case 'refund':
    case 'app':
    case 'form': {
      if (object) {
        const instance = findInstance(state, accountId, object.value)
        return instance?.type === kind
          ? instanceObject(instance.id, kind, instance.values)
          : wrongOrUnknown(state, accountId, object)
      }
      if (!params) return null
      const instance = findOrCreateInstance(state, ctx, accountId, kind, params, at)
      return isResult(instance) ? instance : instanceObject(instance.id, kind, instance.values)
    }
    case 'custom': {
      const structure =
        request.objectType === undefined
          ? undefined
          : findStructure(state, accountId, request.objectType)
      if (request.objectType !== undefined && !structure) return notFound('object_type')
      if (object) {
        const instance = findInstance(state, accountId, object.value)
        const fits =
          instance &&
          (structure
            ? instance.type === structure.name
            : !BUILT_IN_INSTANCE_TYPES.has(instance.type))
        return fits
          ? { id: instance.id, type: instance.type }
          : wrongOrUnknown(state, accountId, object)
      }
      if (!params) return null
      // Inline custom objects say which structure they are [DOC: object_type].
      if (!structure) return parameterMissing('object_type')
      const instance = findOrCreateInstance(
        state,
        ctx,
        accountId,
        structure.name,
        params,
        at,
        structure,
      )
      return isResult(instance) ? instance : { id: instance.id, type: structure.name }
    }
  }
}

/** A refund carries its amount as `amount`/`currency` or `total` [SDK: WP RefundAdapter]. */
function instanceObject(id: string, type: string, values: Record<string, unknown>): TrackedObject {
  const total = values.total as Price | undefined
  const amount = typeof values.amount === 'number' ? values.amount : total?.amount
  const currency = typeof values.currency === 'string' ? values.currency : total?.currency
  return {
    id,
    type,
    ...(type === 'refund' && amount !== undefined ? { amount } : {}),
    ...(type === 'refund' && currency !== undefined ? { currency } : {}),
  }
}
