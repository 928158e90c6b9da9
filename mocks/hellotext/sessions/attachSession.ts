// attachSession: PATCH /v1/sessions/{session} — gives a known session to a profile; 200 even when it keeps its owner.
// Behaviour: shared/research/hellotext-reskyt.md A8 [DOC: HELP, HELP-new; SDK: WP]; the public profile id in `profile` [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { invalid, MESSAGES, notFound } from '../errors.ts'
import { findProfile } from '../profiles-model.ts'
import { accountOf } from '../route-helpers.ts'
import { attachSession as attach, findSession, sessionResource } from '../sessions-model.ts'
import type { HellotextState } from '../state.ts'

type Body = operations['attachSession']['requestBody']['content']['application/json']

export const attachSession: RouteHandler<HellotextState> = (ctx, state) => {
  const body = ctx.body as Body
  const accountId = accountOf(ctx, state).id
  const sessionId = ctx.params.session as string
  // The WooCommerce plugin repeats the session in the body [SDK: WP]; another one is a mistake [INF].
  if (body.session !== undefined && body.session !== sessionId)
    return invalid('session', 'The session in the body is not the one in the path.')
  const session = findSession(state, accountId, sessionId)
  if (!session) return notFound('session', MESSAGES.sessionNotFound)
  const profile = findProfile(state, accountId, body.profile)
  if (!profile) return notFound('profile', MESSAGES.profileNotFound)
  return json(200, sessionResource(attach(state, session, profile.id)))
}
