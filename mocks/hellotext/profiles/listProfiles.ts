// listProfiles: GET /v1/profiles — the business's profiles, newest first, paged by cursor.
// Behaviour: shared/research/hellotext-reskyt.md A2 pagination [DOC: APIREF]; bare-array page and 404 on an unknown cursor [INF].
import { defineRoute } from '../define-route.ts'
import { listPage, newestFirst } from '../records.ts'
import { profileResource } from './profiles.ts'

export const listProfiles = defineRoute('listProfiles', (ctx, state) => ({
  status: 200,
  body: listPage(ctx.query, newestFirst(state.profiles, ctx.account.id)).map(profileResource),
}))
