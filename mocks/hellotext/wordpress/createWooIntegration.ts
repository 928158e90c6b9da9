// createWooIntegration: POST /integrations/woo — links the business's WooCommerce shop (one per business).
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: WP AppInstalled.php]; the answer and replacing an earlier link [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { accountOf, seconds } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

type Body = operations['createWooIntegration']['requestBody']['content']['application/json']

export const createWooIntegration: RouteHandler<HellotextState> = (ctx, state) => {
  const accountId = accountOf(ctx, state).id
  const { shop } = ctx.body as Body
  // One shop per business: the id is the business's own [INF].
  const existing = findIn(state.wooShops, accountId, 'woo')
  if (existing) state.wooShops.delete(existing)
  state.wooShops.insert({
    accountId,
    id: 'woo',
    seq: state.nextSeq(),
    shop,
    created_at: seconds(ctx.now),
  })
  return json(200, { status: 'received' })
}
