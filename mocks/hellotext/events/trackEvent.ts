// trackEvent: POST /v1/attribution/events — server-side tracking; 2022 answers 201 {"state":"ok"}, current 200 {"status":"received"}.
// Behaviour: shared/research/hellotext-reskyt.md A4, A5, A12 [DOC: HELP, HELP-2022; seeds/hellotext-server-side-tracking.es.txt]; generation choice [INF].
import { generationOf, isGeneration, isStrict } from '../account-settings.ts'
import { isKnownAction } from '../actions/actions.ts'
import { defineRoute } from '../define-route.ts'
import { invalid, MESSAGES, notAllowed, notFound, parameterMissing } from '../errors.ts'
import { applyConsent, findProfile } from '../profiles/profiles.ts'
import { findSession } from '../sessions/sessions.ts'
import { recordEvent } from './events.ts'
import { bodyGeneration, keysOf, readTrackBody } from './track-body.ts'

export const trackEvent = defineRoute('trackEvent', (ctx, state) => {
  const { account, body } = ctx
  const chosen = ctx.headers['x-sandbox-hellotext-generation']
  const selected = isGeneration(chosen) ? chosen : generationOf(account)
  const shape = bodyGeneration(body)
  if (shape && shape.generation !== selected) {
    // Only an account that asks for it refuses them; the APIs of either era ignored what they did not know [INF].
    if (isStrict(account))
      return invalid(shape.key, MESSAGES.otherGeneration(shape.generation, selected))
    ctx.warn(
      MESSAGES.otherGenerationIgnored(keysOf(body, shape.generation), shape.generation, selected),
    )
  }
  const input = readTrackBody(body, selected)
  // Checked in the order the help centre gives: action (404), identity, object [DOC: A12].
  if (!isKnownAction(state, account.id, input.action))
    return notFound('action', MESSAGES.actionNotFound)
  if (!input.profile && !input.session) return parameterMissing('profile', MESSAGES.identityMissing)
  const profile = input.profile && findProfile(state, account.id, input.profile.value)
  if (input.profile && !profile) return notFound(input.profile.parameter, MESSAGES.profileNotFound)
  const session = input.session && findSession(state, account.id, input.session.value)
  if (input.session && !session) return notFound(input.session.parameter, MESSAGES.sessionNotFound)
  if (profile && session?.profile && session.profile !== profile.id)
    return notAllowed(input.session?.parameter ?? 'session', MESSAGES.sessionOfAnotherProfile)
  // Named field by field, not `...rest`: this runs on every tracked event.
  const event = recordEvent(state, ctx, {
    action: input.action,
    object: input.object,
    parameters: input.parameters,
    objectType: input.objectType,
    amount: input.amount,
    currency: input.currency,
    metadata: input.metadata,
    trackedAt: input.trackedAt,
    url: input.url,
    profile: profile || undefined,
    session: session || undefined,
    via: 'api',
    generation: selected,
  })
  applyConsent(state, event)
  return selected === '2022' ? TRACKED_2022 : TRACKED
})

// The same two answers every time: shared and frozen, so the journal keeps no copy of either.
const TRACKED_2022 = Object.freeze({ status: 201, body: Object.freeze({ state: 'ok' }) })
const TRACKED = Object.freeze({ status: 200, body: Object.freeze({ status: 'received' }) })
