// deleteWooIntegration: DELETE /integrations/woo — unlinks the shop; the body names the business.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: WP AppRemoved.php]; 404 for another business or no link [INF].
import { settingsOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'
import { WOO_SHOP_ID } from './wordpress.ts'

export const deleteWooIntegration = defineRoute('deleteWooIntegration', (ctx, state) => {
  const { account } = ctx
  const { shop } = ctx.body
  if (shop.business_id !== undefined && shop.business_id !== settingsOf(account).businessId)
    return notFound('shop.business_id')
  const existing = findIn(state.wooShops, account.id, WOO_SHOP_ID)
  if (!existing) return notFound('shop')
  state.wooShops.delete(existing)
  return { status: 200, body: { status: 'received' } }
})
