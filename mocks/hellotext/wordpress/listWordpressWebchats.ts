// listWordpressWebchats: GET /v1/wordpress/webchats — `{"ids": [...]}` of the business's webchats.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: WP Api/Webchat.php]; webchats come from fixtures or the admin API [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { accountOf } from '../route-helpers.ts'
import { type HellotextState, newestFirst } from '../state.ts'

export const listWordpressWebchats: RouteHandler<HellotextState> = (ctx, state) =>
  json(200, {
    ids: newestFirst(state.webchats, accountOf(ctx, state).id)
      .map((w) => w.id)
      .reverse(),
  })
