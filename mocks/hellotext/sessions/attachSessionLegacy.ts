// attachSessionLegacy: POST /v1/sessions/{session} — the 2022 attach: `profile` or `profile_id`, 201.
// Behaviour: shared/research/hellotext-reskyt.md A8 "2022 form" [DOC: HELP-2022]; same session rules as attachSession [INF].
import { defineRoute } from '../define-route.ts'
import { ambiguous, MESSAGES, notFound, parameterMissing } from '../errors.ts'
import { findProfile } from '../profiles/profiles.ts'
import { attachSessionTo, findSession, sessionResource } from './sessions.ts'

export const attachSessionLegacy = defineRoute('attachSessionLegacy', (ctx, state) => {
  const { body } = ctx
  const accountId = ctx.account.id
  if (body.profile !== undefined && body.profile_id !== undefined)
    return ambiguous('profile_id', 'Send profile or profile_id, not both.')
  const profileId = body.profile ?? body.profile_id
  const parameter =
    body.profile === undefined && body.profile_id !== undefined ? 'profile_id' : 'profile'
  if (profileId === undefined) return parameterMissing('profile')
  const session = findSession(state, accountId, ctx.params.session)
  if (!session) return notFound('session', MESSAGES.sessionNotFound)
  const profile = findProfile(state, accountId, profileId)
  if (!profile) return notFound(parameter, MESSAGES.profileNotFound)
  return { status: 201, body: sessionResource(attachSessionTo(state, session, profile.id)) }
})
