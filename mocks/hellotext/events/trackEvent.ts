// trackEvent: POST /v1/attribution/events — server-side tracking; 2022 answers 201 {"state":"ok"}, current 200 {"status":"received"}.
// Behaviour: shared/research/hellotext-reskyt.md A4, A5, A12 [DOC: HELP, HELP-2022; seeds/hellotext-server-side-tracking.es.txt]; generation choice [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { type Generation, generationOf } from '../account-settings.ts'
import { isKnownAction } from '../actions-model.ts'
import { invalid, MESSAGES, notAllowed, notFound, parameterMissing } from '../errors.ts'
import { findProfile } from '../profiles-model.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import { findSession } from '../sessions-model.ts'
import type { HellotextState } from '../state.ts'
import { ACKNOWLEDGEMENTS, bodyGeneration, readTrackBody, recordEvent } from '../tracking-model.ts'

export const trackEvent: RouteHandler<HellotextState> = (ctx, state) => {
  const account = accountOf(ctx, state)
  const body = ctx.body as Record<string, unknown>
  const selected =
    (ctx.headers['x-sandbox-hellotext-generation'] as Generation | undefined) ??
    generationOf(account)
  const shape = bodyGeneration(body)
  if (shape && shape.generation !== selected)
    return invalid(shape.key, MESSAGES.otherGeneration(shape.generation, selected))
  const input = readTrackBody(body, selected)
  if (isResult(input)) return input
  // Checked in the order the help centre gives: action (404), identity, object [DOC: A12].
  if (!isKnownAction(state, account.id, input.action))
    return notFound('action', MESSAGES.actionNotFound)
  if (!input.profile && !input.session) return parameterMissing('profile', MESSAGES.identityMissing)
  const profile = input.profile && findProfile(state, account.id, input.profile.value)
  if (input.profile && !profile) return notFound(input.profile.parameter, MESSAGES.profileNotFound)
  const session = input.session && findSession(state, account.id, input.session.value)
  if (input.session && !session) return notFound(input.session.parameter, MESSAGES.sessionNotFound)
  if (profile && session?.profile && session.profile !== profile.id)
    return notAllowed(input.session?.parameter as string, MESSAGES.sessionOfAnotherProfile)
  const { profile: _p, session: _s, ...rest } = input
  const problem = recordEvent(state, ctx, account.id, {
    ...rest,
    profile: profile || undefined,
    session: session || undefined,
    via: 'api',
    generation: selected,
  })
  if (problem) return problem
  const { status, body: acknowledgement } = ACKNOWLEDGEMENTS[selected]
  return json(status, acknowledgement)
}
