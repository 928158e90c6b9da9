// deleteWooIntegration: DELETE /integrations/woo — unlinks the shop; the body names the business.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: WP AppRemoved.php]; 404 for another business or no link [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { settingsOf } from '../account-settings.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

type Body = operations['deleteWooIntegration']['requestBody']['content']['application/json']

export const deleteWooIntegration: RouteHandler<HellotextState> = (ctx, state) => {
  const account = accountOf(ctx, state)
  const { shop } = ctx.body as Body
  if (shop.business_id !== undefined && shop.business_id !== settingsOf(account).businessId)
    return notFound('shop.business_id')
  const existing = findIn(state.wooShops, account.id, 'woo')
  if (!existing) return notFound('shop')
  state.wooShops.delete(existing)
  return json(200, { status: 'received' })
}
