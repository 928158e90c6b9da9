// updateOrder: PATCH /v1/attribution/orders/{id} — fixes attributes; tracks no lifecycle event.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 [DOC: HELP orders]; `items` replacing the items [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import {
  findOrder,
  type OrderInput,
  orderResource,
  updateOrder as update,
} from '../orders-model.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

export const updateOrder: RouteHandler<HellotextState> = (ctx, state) => {
  const order = findOrder(state, accountOf(ctx, state).id, ctx.params.id as string)
  if (!order) return notFound()
  const updated = update(state, ctx, order, ctx.body as OrderInput)
  return isResult(updated) ? updated : json(200, orderResource(state, updated))
}
