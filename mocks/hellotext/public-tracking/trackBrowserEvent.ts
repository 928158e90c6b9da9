// trackBrowserEvent: POST /v1/track/events — hellotext.js / plugin / app tracking with the Business ID; 200 {"status":"received"}.
// Behaviour: shared/research/hellotext-reskyt.md A10 [SDK: JS, WP, VTEX, IOS]; sessions made known here, user_parameters identifying the visitor [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { isKnownAction } from '../actions-model.ts'
import { ambiguous, MESSAGES, notFound, parameterMissing } from '../errors.ts'
import { isResult, publicAccountOf } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'
import { ACKNOWLEDGEMENTS, recordEvent } from '../tracking-model.ts'
import { identifyVisitor, linkSession, visitorFrom } from '../visitors-model.ts'

type Body = operations['trackBrowserEvent']['requestBody']['content']['application/json']

/** Where the SDKs put the object's parameters: current name first, then hellotext.js 2023–24 and iOS names. */
const PARAMETER_KEYS = [
  'object_parameters',
  'product_parameters',
  'order_parameters',
  'app_parameters',
] as const

export const trackBrowserEvent: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  const body = ctx.body as Body
  if (!isKnownAction(state, account.id, body.action))
    return notFound('action', MESSAGES.actionNotFound)
  const [parametersKey, extraKey] = PARAMETER_KEYS.filter((key) => body[key] !== undefined)
  if (parametersKey && extraKey)
    return ambiguous(extraKey, `Send ${parametersKey} or ${extraKey}, not both.`)
  const visitor = body.user_parameters
    ? identifyVisitor(state, ctx, account.id, visitorFrom(body.user_parameters))
    : undefined
  if (isResult(visitor)) return visitor
  // The SDKs always send the session; without one only user parameters say who it was [INF].
  if (body.session === undefined && !visitor) return parameterMissing('session')
  const session =
    body.session === undefined
      ? undefined
      : linkSession(state, ctx, account.id, body.session, visitor)
  const problem = recordEvent(state, ctx, account.id, {
    action: body.action,
    // A session that already has a profile keeps it; the event goes there [DOC: A8].
    profile: session ? undefined : visitor,
    session,
    ...(body.object === undefined ? {} : { object: { value: body.object, parameter: 'object' } }),
    ...(parametersKey
      ? {
          parameters: {
            value: body[parametersKey] as Record<string, unknown>,
            parameter: parametersKey,
          },
        }
      : {}),
    ...(body.object_type === undefined ? {} : { objectType: body.object_type }),
    ...(body.amount === undefined ? {} : { amount: body.amount }),
    ...(body.currency === undefined ? {} : { currency: body.currency }),
    ...(body.metadata === undefined ? {} : { metadata: body.metadata }),
    ...(body.tracked_at === undefined ? {} : { trackedAt: body.tracked_at }),
    ...((body.url ?? body.page?.url) === undefined ? {} : { url: body.url ?? body.page?.url }),
    via: 'browser',
    generation: 'current',
  })
  if (problem) return problem
  // The SDK counts only HTTP 200 as success [SDK: JS]: the public API is always the current one.
  return json(ACKNOWLEDGEMENTS.current.status, ACKNOWLEDGEMENTS.current.body)
}
