// createPurchase: POST /purchases/?triggerPurchaseEvent= — 201 Purchase, or E0101/E0102/E0103.
// Behaviour: shared/research/connectif.md §6.1 [DOC] (checks, codes); 201 + Purchase and duplicate handling [INF].
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { createPurchase as create } from '../purchases-model.ts'
import type { ConnectifState } from '../state.ts'

export const createPurchase: RouteHandler<ConnectifState> = (ctx, state) =>
  create(state, ctx, ctx.body)
