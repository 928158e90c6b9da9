/**
 * Tracked events, shared by the private `POST /v1/attribution/events` and the public
 * `POST /v1/track/events`: resolving the object, checking `currency`/`amount` and `tracked_at`,
 * de-duplicating order lifecycle events, applying consent actions, and storing the event.
 *
 * @see shared/research/hellotext-reskyt.md A4 (request, responses, errors, side effects [DOC: HELP,
 * HELP-2022]), A2 "Idempotency" and "Timestamps" [DOC]
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { scopedKey } from '../../sandbox/records/indexed-table.ts'
import { TrackedSet } from '../../sandbox/records/tracked-collections.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import type { Generation } from '../account-settings.ts'
import {
  builtInName,
  ORDER_LIFECYCLE_ACTIONS,
  objectKindOf,
  orderEventKey,
} from '../actions/actions.ts'
import { invalid, MESSAGES, parameterMissing } from '../errors.ts'
import { byId, newId, type Owned, type Schemas, seconds } from '../records.ts'
import type { TrackInput } from './track-body.ts'
import { resolveTrackedObject, type TrackedObjectState } from './tracked-objects.ts'

export interface EventRecord extends Owned {
  action: string
  profile: string | null
  session: string | null
  object: string | null
  object_type: string | null
  amount: number | null
  currency: string | null
  metadata: Record<string, unknown>
  tracked_at: number
  created_at: number
  url?: string
  /** Which route received it: the private API or the public browser API. */
  via: 'api' | 'browser'
  /** Which generation acknowledged it (the browser API is always `current`). */
  generation: Generation
}

export function createEventTables() {
  return {
    events: byId<EventRecord>('events'),
    /** `scopedKey(account, session)` → ids of its events, so attaching never scans. */
    eventsBySession: new Map<string, Set<string>>(),
    /** `account \0 order \0 action \0 profile` of built-in order events already kept. */
    orderEventKeys: new TrackedSet<string>(),
  }
}

export type EventTables = ReturnType<typeof createEventTables>

/** The currency of an amount sent without one: the business's reporting currency [DOC: JS docs] — USD [INF]. */
export const REPORTING_CURRENCY = 'USD'

/** Unix seconds, or undefined when the value is not seconds or ISO-8601 with a zone [DOC]. */
export function parseTrackedAt(value: number | string): number | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 0 && value <= 9_999_999_999 ? value : undefined
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(value)) return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : seconds(ms)
}

/** Metadata of an event sent without any: one frozen object, not one per event. */
const NO_METADATA: Record<string, unknown> = Object.freeze({})

export interface EventRequest extends Omit<TrackInput, 'profile' | 'session'> {
  profile: { id: string } | undefined
  /** A known session: its events follow it when it is attached later. */
  session: { id: string; profile: string | null } | undefined
  via: EventRecord['via']
  generation: Generation
}

/**
 * Stores the event once its action and identity are checked: resolves the object (which may
 * create one), checks `currency`/`amount` and `tracked_at`, keeps one built-in order event per
 * (order, action, profile). Returns the stored event, or undefined for a repeated order event,
 * which is ignored; a caller's mistake is thrown as the Hellotext error.
 */
export function recordEvent(
  state: EventTables & TrackedObjectState,
  ctx: CallerContext,
  request: EventRequest,
): EventRecord | undefined {
  const accountId = ctx.account.id
  const profileId = request.profile?.id ?? request.session?.profile ?? null
  const sessionId = request.session?.id ?? null
  const object = resolveTrackedObject(state, ctx, {
    action: request.action,
    kind: objectKindOf(request.action),
    objectType: request.objectType,
    object: request.object || undefined,
    parameters: request.parameters || undefined,
    owner: { profile: profileId, session: sessionId },
  })
  if (request.currency !== undefined && request.amount === undefined)
    throw rejectWith(parameterMissing('amount', MESSAGES.currencyWithoutAmount))
  let trackedAt = seconds(ctx.now)
  if (request.trackedAt !== undefined) {
    const parsed = parseTrackedAt(request.trackedAt)
    if (parsed === undefined) throw rejectWith(invalid('tracked_at', MESSAGES.trackedAt))
    trackedAt = parsed
  }
  if (ORDER_LIFECYCLE_ACTIONS.has(request.action) && object?.type === 'order' && profileId) {
    const key = orderEventKey(accountId, object.id, request.action, profileId)
    if (state.orderEventKeys.has(key)) return undefined
    state.orderEventKeys.add(key)
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
    action: builtInName(request.action),
    profile: profileId,
    session: sessionId,
    object: object?.id ?? null,
    object_type: object?.type ?? (objectKindOf(request.action) === 'url' ? 'url' : null),
    amount,
    currency,
    metadata: request.metadata ?? NO_METADATA,
    tracked_at: trackedAt,
    created_at: seconds(ctx.now),
    // Always a key (undefined when none): every event has one shape, and JSON leaves it out.
    url: request.url,
    via: request.via,
    generation: request.generation,
  })
  if (sessionId !== null) {
    const key = scopedKey(accountId, sessionId) as string
    const ids = state.eventsBySession.get(key) ?? new Set<string>()
    ids.add(event.id)
    state.eventsBySession.set(key, ids)
  }
  // Tracked events are a log: the sandbox keeps the newest (retention.trackedEvents), all accounts.
  for (const dropped of state.events.trimOldest(ctx.retention.trackedEvents)) {
    if (dropped.session === null) continue
    const key = scopedKey(dropped.accountId, dropped.session) as string
    const ids = state.eventsBySession.get(key)
    ids?.delete(dropped.id)
    if (ids?.size === 0) state.eventsBySession.delete(key)
  }
  return event
}

/** The event as `GET /v1/attribution/events` shows it. */
export function eventResource(event: EventRecord): Schemas['Event'] {
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
