/**
 * What the WordPress plugin reads and links: the business's webchats (configured through fixtures
 * or the admin API) and its one WooCommerce shop.
 *
 * @see shared/research/hellotext-reskyt.md A3 [SDK: WP Api/Webchat.php, AppInstalled.php, AppRemoved.php]
 */
import { byId, type Owned } from '../records.ts'

export interface WebchatRecord extends Owned {}

export interface WooShopRecord extends Owned {
  shop: Record<string, unknown>
  created_at: number
}

export function createWordpressTables() {
  return {
    webchats: byId<WebchatRecord>('webchats'),
    wooShops: byId<WooShopRecord>('WooCommerce shops'),
  }
}

export type WordpressTables = ReturnType<typeof createWordpressTables>

/** One shop per business: the record's id is the business's own [INF]. */
export const WOO_SHOP_ID = 'woo'
