// listWordpressWebchats: GET /v1/wordpress/webchats — `{"ids": [...]}` of the business's webchats.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: WP Api/Webchat.php]; webchats come from fixtures or the admin API [INF].
import { defineRoute } from '../define-route.ts'
import { newestFirst } from '../records.ts'

export const listWordpressWebchats = defineRoute('listWordpressWebchats', (ctx, state) => ({
  status: 200,
  body: {
    ids: newestFirst(state.webchats, ctx.account.id)
      .map((webchat) => webchat.id)
      .reverse(),
  },
}))
