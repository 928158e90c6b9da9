// createWooIntegration: POST /integrations/woo — links the business's WooCommerce shop (one per business).
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: WP AppInstalled.php]; the answer and replacing an earlier link [INF].
import { defineRoute } from '../define-route.ts'
import { findIn, seconds } from '../records.ts'
import { WOO_SHOP_ID } from './wordpress.ts'

export const createWooIntegration = defineRoute('createWooIntegration', (ctx, state) => {
  const accountId = ctx.account.id
  const existing = findIn(state.wooShops, accountId, WOO_SHOP_ID)
  if (existing) state.wooShops.delete(existing)
  state.wooShops.insert({
    accountId,
    id: WOO_SHOP_ID,
    seq: state.nextSeq(),
    shop: ctx.body.shop,
    created_at: seconds(ctx.now),
  })
  return { status: 200, body: { status: 'received' } }
})
