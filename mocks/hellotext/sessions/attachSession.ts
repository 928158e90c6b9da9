// attachSession: PATCH /v1/sessions/{session} — gives a known session to a profile; 200 even when it keeps its owner.
// Behaviour: shared/research/hellotext-reskyt.md A8 [DOC: HELP, HELP-new; SDK: WP]; the public profile id in `profile` [INF].
import { defineRoute } from '../define-route.ts'
import { invalid, MESSAGES, notFound } from '../errors.ts'
import { findProfile } from '../profiles/profiles.ts'
import { attachSessionTo, findSession, sessionResource } from './sessions.ts'

export const attachSession = defineRoute('attachSession', (ctx, state) => {
  const { body } = ctx
  const accountId = ctx.account.id
  const sessionId = ctx.params.session
  // The WooCommerce plugin repeats the session in the body [SDK: WP]; another one is a mistake [INF].
  if (body.session !== undefined && body.session !== sessionId)
    return invalid('session', 'The session in the body is not the one in the path.')
  const session = findSession(state, accountId, sessionId)
  if (!session) return notFound('session', MESSAGES.sessionNotFound)
  const profile = findProfile(state, accountId, body.profile)
  if (!profile) return notFound('profile', MESSAGES.profileNotFound)
  return { status: 200, body: sessionResource(attachSessionTo(state, session, profile.id)) }
})
