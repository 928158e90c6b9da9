// trackBrowserEvent: POST /v1/track/events — hellotext.js / plugin / app tracking with the Business ID; 200 {"status":"received"}.
// Behaviour: shared/research/hellotext-reskyt.md A10 [SDK: JS, WP, VTEX, IOS]; sessions made known here, user_parameters identifying the visitor [INF].
import { publicAccountOf } from '../account-settings.ts'
import { isKnownAction } from '../actions/actions.ts'
import { defineRoute } from '../define-route.ts'
import { ambiguous, MESSAGES, notFound, parameterMissing } from '../errors.ts'
import { recordEvent } from '../events/events.ts'
import { applyConsent } from '../profiles/profiles.ts'
import { identifyVisitor, linkSession, visitorFrom } from './visitors.ts'

/** Where the SDKs put the object's parameters: current name first, then hellotext.js 2023–24 and iOS names. */
const PARAMETER_KEYS = [
  'object_parameters',
  'product_parameters',
  'order_parameters',
  'app_parameters',
] as const

export const trackBrowserEvent = defineRoute('trackBrowserEvent', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const { body } = ctx
  if (!isKnownAction(state, account.id, body.action))
    return notFound('action', MESSAGES.actionNotFound)
  const [parametersKey, extraKey] = PARAMETER_KEYS.filter((key) => body[key] !== undefined)
  if (parametersKey && extraKey)
    return ambiguous(extraKey, `Send ${parametersKey} or ${extraKey}, not both.`)
  const visitor = body.user_parameters
    ? identifyVisitor(state, ctx, visitorFrom(body.user_parameters))
    : undefined
  // The SDKs always send the session; without one only user parameters say who it was [INF].
  if (body.session === undefined && !visitor) return parameterMissing('session')
  const session =
    body.session === undefined ? undefined : linkSession(state, ctx, body.session, visitor)
  const parameters = parametersKey && body[parametersKey]
  const url = body.url ?? body.page?.url
  const event = recordEvent(state, ctx, {
    action: body.action,
    // A session that already has a profile keeps it; the event goes there [DOC: A8].
    profile: session ? undefined : visitor,
    session,
    ...(body.object === undefined ? {} : { object: { value: body.object, parameter: 'object' } }),
    ...(parametersKey && parameters
      ? { parameters: { value: parameters, parameter: parametersKey } }
      : {}),
    ...(body.object_type === undefined ? {} : { objectType: body.object_type }),
    ...(body.amount === undefined ? {} : { amount: body.amount }),
    ...(body.currency === undefined ? {} : { currency: body.currency }),
    ...(body.metadata === undefined ? {} : { metadata: body.metadata }),
    ...(body.tracked_at === undefined ? {} : { trackedAt: body.tracked_at }),
    ...(url === undefined ? {} : { url }),
    via: 'browser',
    generation: 'current',
  })
  applyConsent(state, event)
  // The SDK counts only HTTP 200 as success [SDK: JS]: the public API is always the current one.
  return { status: 200, body: { status: 'received' } }
})
