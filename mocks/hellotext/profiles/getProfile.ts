// getProfile: GET /v1/profiles/{id} — the profile, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A7 [DOC: HELP-new custom-store]; the profile's shape [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findProfile, profileResource } from './profiles.ts'

export const getProfile = defineRoute('getProfile', (ctx, state) => {
  const profile = findProfile(state, ctx.account.id, ctx.params.id)
  return profile ? { status: 200, body: profileResource(profile) } : notFound()
})
