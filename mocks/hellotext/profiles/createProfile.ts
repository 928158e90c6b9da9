// createProfile: POST /v1/profiles — 201 with the new profile, or the one matched by email or phone.
// Behaviour: shared/research/hellotext-reskyt.md A7 [DOC: HELP custom-store; SDK: WP]; 201 for creates and matching rules [INF].
import { defineRoute } from '../define-route.ts'
import { contactValues, matchProfile, profileResource, writeProfile } from './profiles.ts'

export const createProfile = defineRoute('createProfile', (ctx, state) => {
  const { body } = ctx
  const emails = contactValues(body.email)
  const existing = matchProfile(state, ctx.account.id, emails, contactValues(body.phone))
  return { status: 201, body: profileResource(writeProfile(state, ctx, body, existing)) }
})
