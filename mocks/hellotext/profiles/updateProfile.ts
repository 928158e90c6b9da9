// updateProfile: PATCH /v1/profiles/{id} — changes the given fields; 404 when unknown.
// Behaviour: shared/research/hellotext-reskyt.md A7 [DOC: HELP-new custom-store]; merging labels and lists [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findProfile, profileResource, writeProfile } from './profiles.ts'

export const updateProfile = defineRoute('updateProfile', (ctx, state) => {
  const existing = findProfile(state, ctx.account.id, ctx.params.id)
  if (!existing) return notFound()
  return { status: 200, body: profileResource(writeProfile(state, ctx, ctx.body, existing)) }
})
