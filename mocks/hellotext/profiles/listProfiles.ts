// listProfiles: GET /v1/profiles — the business's profiles, newest first, paged by cursor.
// Behaviour: shared/research/hellotext-reskyt.md A2 pagination [DOC: APIREF]; bare-array page and 404 on an unknown cursor [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { profileResource } from '../profiles-model.ts'
import { accountOf, isResult, listPage } from '../route-helpers.ts'
import { type HellotextState, newestFirst } from '../state.ts'

export const listProfiles: RouteHandler<HellotextState> = (ctx, state) => {
  const page = listPage(ctx, newestFirst(state.profiles, accountOf(ctx, state).id))
  return isResult(page) ? page : json(200, page.map(profileResource))
}
