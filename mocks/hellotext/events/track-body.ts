/**
 * Reading a tracking body of either generation. A legacy key (`product`, `product_id`,
 * `profile_id`, `session_id`) makes a 2022 body, a current-only key a current one, and `action` +
 * `profile` alone is neutral. A neutral body is answered by the selected generation; the other
 * generation's keys are ignored with a warning, as APIs of that era ignored parameters they did
 * not know, or, for an account with `strict: true`, answered 422 naming the first of them [INF,
 * documented on `trackEvent` in openapi/hellotext.yaml].
 *
 * @see shared/research/hellotext-reskyt.md A4 (request, responses [DOC: HELP, HELP-2022])
 */
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import type { Generation } from '../account-settings.ts'
import { ambiguous } from '../errors.ts'
import type { Schemas } from '../records.ts'
import type { Named } from './tracked-objects.ts'

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

export type TrackBody = Schemas['TrackEvent2022'] | Schemas['TrackEvent']

/** Which generation a body is written for, and the first key that says so; none when neutral. */
export function bodyGeneration(
  body: TrackBody,
): { generation: Generation; key: string } | undefined {
  const legacy = KEYS_2022.find((key) => key in body)
  if (legacy) return { generation: '2022', key: legacy }
  const current = KEYS_CURRENT.find((key) => key in body)
  return current ? { generation: 'current', key: current } : undefined
}

/** The keys of `generation` the body holds (`['url']`), in the order the contract lists them. */
export function keysOf(body: TrackBody, generation: Generation): string[] {
  return (generation === '2022' ? KEYS_2022 : KEYS_CURRENT).filter((key) => key in body)
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

/** The one of two keys that name one thing, as sent; both at once are ambiguous [INF]. */
function oneOf(a: Named<string> | undefined, b: Named<string> | undefined) {
  if (a && b)
    throw rejectWith(ambiguous(b.parameter, `Send ${a.parameter} or ${b.parameter}, not both.`))
  return a ?? b
}

const named = <T>(value: T | undefined, parameter: string): Named<T> | undefined =>
  value === undefined ? undefined : { value, parameter }

/** Either generation's keys, each optional: what a body of either schema can hold. */
type AnyTrackBody = Partial<Schemas['TrackEvent2022']> &
  Partial<Schemas['TrackEvent']> & { action: string }

/**
 * Reads a body the schema accepted, in the keys of `generation` (the body is already known not to
 * hold keys of the other one).
 */
export function readTrackBody(body: TrackBody, generation: Generation): TrackInput {
  const sent: AnyTrackBody = body
  if (generation === '2022')
    return {
      action: sent.action,
      profile: oneOf(named(sent.profile, 'profile'), named(sent.profile_id, 'profile_id')),
      object: oneOf(named(sent.product, 'product'), named(sent.product_id, 'product_id')),
      session: named(sent.session_id, 'session_id'),
    }
  return {
    action: sent.action,
    profile: named(sent.profile, 'profile'),
    session: named(sent.session, 'session'),
    object: named(sent.object, 'object'),
    parameters: named(sent.object_parameters, 'object_parameters'),
    objectType: sent.object_type,
    amount: sent.amount,
    currency: sent.currency,
    metadata: sent.metadata,
    trackedAt: sent.tracked_at,
    url: sent.url,
  }
}
