// attachSessionLegacy: POST /v1/sessions/{session} — the 2022 attach: `profile` or `profile_id`, 201.
// Behaviour: shared/research/hellotext-reskyt.md A8 "2022 form" [DOC: HELP-2022]; same session rules as attachSession [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { ambiguous, MESSAGES, notFound, parameterMissing } from '../errors.ts'
import { findProfile } from '../profiles-model.ts'
import { accountOf } from '../route-helpers.ts'
import { attachSession, findSession, sessionResource } from '../sessions-model.ts'
import type { HellotextState } from '../state.ts'

type Body = operations['attachSessionLegacy']['requestBody']['content']['application/json']

export const attachSessionLegacy: RouteHandler<HellotextState> = (ctx, state) => {
  const body = ctx.body as Body
  const accountId = accountOf(ctx, state).id
  if (body.profile !== undefined && body.profile_id !== undefined)
    return ambiguous('profile_id', 'Send profile or profile_id, not both.')
  const profileId = body.profile ?? body.profile_id
  const parameter =
    body.profile === undefined && body.profile_id !== undefined ? 'profile_id' : 'profile'
  if (profileId === undefined) return parameterMissing('profile')
  const session = findSession(state, accountId, ctx.params.session as string)
  if (!session) return notFound('session', MESSAGES.sessionNotFound)
  const profile = findProfile(state, accountId, profileId)
  if (!profile) return notFound(parameter, MESSAGES.profileNotFound)
  return json(201, sessionResource(attachSession(state, session, profile.id)))
}
