/**
 * Tracking, shared by the private `POST /v1/attribution/events` and the public
 * `POST /v1/track/events`: reading a body of either generation, then resolving the object,
 * checking `currency`/`amount` and `tracked_at`, de-duplicating order lifecycle events, and
 * storing the event.
 *
 * Generations [INF, documented on `trackEvent` in openapi/hellotext.yaml]: a legacy key
 * (`product`, `product_id`, `profile_id`, `session_id`) makes a 2022 body, a current-only key a
 * current one, and `action` + `profile` alone is neutral. A neutral body is answered by the
 * selected generation; a body of the other generation is 422, naming its first key of that
 * generation, because each generation's API knew only its own keys.
 *
 * @see shared/research/hellotext-reskyt.md A4 (request, responses, errors, side effects [DOC: HELP,
 * HELP-2022]), A2 "Idempotency" and "Timestamps" [DOC]
 */

import { scopedKey } from '../sandbox/indexed-table.ts'
import type { RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import type { Generation } from './account-settings.ts'
import { ORDER_LIFECYCLE_ACTIONS, objectKindOf, orderEventKey } from './actions-model.ts'
import { ambiguous, invalid, MESSAGES, parameterMissing } from './errors.ts'
import { isResult, newId, seconds } from './route-helpers.ts'
import type { EventRecord, HellotextState, ProfileRecord, SessionRecord } from './state.ts'
import { type Named, resolveTrackedObject } from './tracked-objects.ts'

/** Keys only the 2022 contract has [DOC: HELP-2022]. */
const KEYS_2022 = ['product', 'product_id', 'profile_id', 'session_id']
/** Keys only the current contract has [DOC: HELP, HELP-new]. */
const KEYS_CURRENT = [
  'session',
  'object',
  'object_parameters',
  'object_type',
  'amount',
  'currency',
  'metadata',
  'tracked_at',
  'url',
]

/** The currency of an amount sent without one: the business's reporting currency [DOC: JS docs] — USD [INF]. */
export const REPORTING_CURRENCY = 'USD'

export const ACKNOWLEDGEMENTS: Record<Generation, { status: number; body: unknown }> = {
  '2022': { status: 201, body: { state: 'ok' } },
  current: { status: 200, body: { status: 'received' } },
}

/** Which generation a body is written for, and the first key that says so; none when neutral. */
export function bodyGeneration(
  body: Record<string, unknown>,
): { generation: Generation; key: string } | undefined {
  const legacy = KEYS_2022.find((key) => key in body)
  if (legacy) return { generation: '2022', key: legacy }
  const current = KEYS_CURRENT.find((key) => key in body)
  return current ? { generation: 'current', key: current } : undefined
}

/** A tracking request once its generation's keys are read. */
export interface TrackInput {
  action: string
  profile?: Named<string>
  session?: Named<string>
  object?: Named<string>
  parameters?: Named<Record<string, unknown>>
  objectType?: string
  amount?: number
  currency?: string
  metadata?: Record<string, unknown>
  trackedAt?: number | string
  url?: string
}

/** The first of two keys that name one thing; both at once are ambiguous [INF]. */
function oneOf(
  body: Record<string, unknown>,
  a: string,
  b: string,
): Named<string> | RouteResult | undefined {
  if (a in body && b in body) return ambiguous(b, `Send ${a} or ${b}, not both.`)
  const key = a in body ? a : b in body ? b : undefined
  return key === undefined ? undefined : { value: body[key] as string, parameter: key }
}

/** Reads a body the schema accepted, in the keys of `generation`. */
export function readTrackBody(
  body: Record<string, unknown>,
  generation: Generation,
): TrackInput | RouteResult {
  const action = body.action as string
  if (generation === '2022') {
    const profile = oneOf(body, 'profile', 'profile_id')
    if (isResult(profile)) return profile
    const product = oneOf(body, 'product', 'product_id')
    if (isResult(product)) return product
    const session =
      'session_id' in body
        ? { value: body.session_id as string, parameter: 'session_id' }
        : undefined
    return { action, profile, object: product, session }
  }
  const named = (key: string) =>
    key in body ? { value: body[key] as never, parameter: key } : undefined
  return {
    action,
    profile: named('profile'),
    session: named('session'),
    object: named('object'),
    parameters: named('object_parameters'),
    objectType: body.object_type as string | undefined,
    amount: body.amount as number | undefined,
    currency: body.currency as string | undefined,
    metadata: body.metadata as Record<string, unknown> | undefined,
    trackedAt: body.tracked_at as number | string | undefined,
    url: body.url as string | undefined,
  }
}

/** Unix seconds, or undefined when the value is not seconds or ISO-8601 with a zone [DOC]. */
export function parseTrackedAt(value: number | string): number | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 0 && value <= 9_999_999_999 ? value : undefined
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(value)) return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : seconds(ms)
}

export interface EventRequest extends Omit<TrackInput, 'profile' | 'session'> {
  profile: ProfileRecord | undefined
  session: SessionRecord | undefined
  via: EventRecord['via']
  generation: Generation
}

/**
 * Stores the event once its action and identity are checked: resolves the object (which may
 * create one), checks `currency`/`amount` and `tracked_at`, keeps one built-in order event per
 * (order, action, profile), and applies consent actions to the profile. Returns an error answer,
 * or undefined once the event is stored (or ignored as a repeat).
 */
export function recordEvent(
  state: HellotextState,
  ctx: RouteContext,
  accountId: string,
  request: EventRequest,
): RouteResult | undefined {
  const profileId = request.profile?.id ?? request.session?.profile ?? null
  const sessionId = request.session?.id ?? null
  const object = resolveTrackedObject(state, ctx, accountId, {
    action: request.action,
    kind: objectKindOf(request.action),
    ...(request.objectType === undefined ? {} : { objectType: request.objectType }),
    ...(request.object ? { object: request.object } : {}),
    ...(request.parameters ? { parameters: request.parameters } : {}),
    owner: { profile: profileId, session: sessionId },
  })
  if (isResult(object)) return object
  if (request.currency !== undefined && request.amount === undefined)
    return parameterMissing('amount', MESSAGES.currencyWithoutAmount)
  let trackedAt = seconds(ctx.now)
  if (request.trackedAt !== undefined) {
    const parsed = parseTrackedAt(request.trackedAt)
    if (parsed === undefined) return invalid('tracked_at', MESSAGES.trackedAt)
    trackedAt = parsed
  }
  if (ORDER_LIFECYCLE_ACTIONS.has(request.action) && object?.type === 'order' && profileId) {
    const key = orderEventKey(accountId, object.id, request.action, profileId)
    if (state.orderEventKeys.has(key)) return undefined
    state.orderEventKeys.add(key)
  }
  if (profileId && (request.action === 'subscribed' || request.action === 'unsubscribed')) {
    const profile = state.profiles.get(scopedKey(accountId, profileId) as string)
    if (profile)
      state.profiles.update(profile, (p) => ({
        ...p,
        subscription: request.action as 'subscribed',
      }))
  }
  const amount = request.amount ?? object?.amount ?? null
  const currency =
    request.currency ??
    (request.amount !== undefined
      ? REPORTING_CURRENCY
      : amount === null
        ? null
        : (object?.currency ?? null))
  const event = state.events.insert({
    accountId,
    id: newId(ctx, (id) => state.events.get(scopedKey(accountId, id) as string) !== undefined),
    seq: state.nextSeq(),
    action: request.action,
    profile: profileId,
    session: sessionId,
    object: object?.id ?? null,
    object_type: object?.type ?? (objectKindOf(request.action) === 'url' ? 'url' : null),
    amount,
    currency,
    metadata: request.metadata ?? {},
    tracked_at: trackedAt,
    created_at: seconds(ctx.now),
    ...(request.url === undefined ? {} : { url: request.url }),
    via: request.via,
    generation: request.generation,
  })
  if (sessionId !== null) {
    const key = scopedKey(accountId, sessionId) as string
    const ids = state.eventsBySession.get(key) ?? new Set<string>()
    ids.add(event.id)
    state.eventsBySession.set(key, ids)
  }
  return undefined
}

/** The event as `GET /v1/attribution/events` shows it. */
export function eventResource(event: EventRecord) {
  return {
    id: event.id,
    action: event.action,
    profile: event.profile,
    session: event.session,
    object: event.object,
    object_type: event.object_type,
    amount: event.amount,
    currency: event.currency,
    metadata: event.metadata,
    tracked_at: event.tracked_at,
    created_at: event.created_at,
  }
}

/** The event as the admin API shows it: the resource plus where it came from. */
export function eventAdminView(event: EventRecord) {
  return {
    ...eventResource(event),
    ...(event.url === undefined ? {} : { url: event.url }),
    via: event.via,
    generation: event.generation,
  }
}
