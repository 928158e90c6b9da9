// listCarts: GET /v1/attribution/carts — carts made by `cart.*` events, newest first; how a cart is found by reference.
// Behaviour: shared/research/hellotext-reskyt.md A3, A6 "Cart" [DOC: HELP-new custom-store].
import { defineRoute } from '../define-route.ts'
import { listPage, newestFirst } from '../records.ts'
import { cartResource } from './carts.ts'

export const listCarts = defineRoute('listCarts', (ctx, state) => ({
  status: 200,
  body: listPage(ctx.query, newestFirst(state.carts, ctx.account.id)).map(cartResource),
}))
