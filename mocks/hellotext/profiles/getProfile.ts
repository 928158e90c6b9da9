// getProfile: GET /v1/profiles/{id} — the profile, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A7 [DOC: HELP-new custom-store]; the profile's shape [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { findProfile, profileResource } from '../profiles-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

export const getProfile: RouteHandler<HellotextState> = (ctx, state) => {
  const profile = findProfile(state, accountOf(ctx, state).id, ctx.params.id as string)
  return profile ? json(200, profileResource(profile)) : notFound()
}
