// createOrder: POST /v1/attribution/orders — 201 with the order and its computed total; tracks no event.
// Behaviour: shared/research/hellotext-reskyt.md A6 "Order" [DOC: HELP orders; SDK: WP, VTEX]; 201 [INF].
import { defineRoute } from '../define-route.ts'
import { createOrder as create, orderResource } from './orders.ts'

export const createOrder = defineRoute('createOrder', (ctx, state) => ({
  status: 201,
  body: orderResource(state, create(state, ctx, ctx.body)),
}))
