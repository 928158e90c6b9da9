// patchProductByProductId: PATCH /products/product-id/{productId} — patch or create a product.
// Behaviour: shared/research/connectif.md §7 — "Patch or create" [DOC]; E0201 [DOC]; 200/201 [INF].
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { patchOrCreateProduct } from '../products-model.ts'
import type { ConnectifState } from '../state.ts'

export const patchProductByProductId: RouteHandler<ConnectifState> = (ctx, state) =>
  patchOrCreateProduct(state, ctx, ctx.params.productId as string, ctx.body ?? {})
