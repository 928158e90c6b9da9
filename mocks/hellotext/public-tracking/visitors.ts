/**
 * Who a browser visitor is: `Hellotext.identify()` (`POST /v1/public/identifications`), the
 * `user_parameters` the SDKs add to tracked events, and form or popup submissions all find the
 * profile (by an earlier identification of the same `source` + user id, then by email or phone)
 * or create it, and give it the visitor's session when the session has no profile yet [INF].
 *
 * @see shared/research/hellotext-reskyt.md A10 (identify, user_parameters [SDK: JS, VTEX])
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import {
  findOrCreateProfile,
  findProfile,
  type ProfileInput,
  type ProfileRecord,
  type ProfileTables,
} from '../profiles/profiles.ts'
import { byId, type Owned, type Sequence } from '../records.ts'
import {
  attachSessionTo,
  ensureSession,
  type SessionAttachState,
  type SessionRecord,
} from '../sessions/sessions.ts'

export interface IdentificationRecord extends Owned {
  session: string
  user_id?: string
  source?: string
  profile: string
  created_at: number
}

export function createIdentificationTables() {
  return { identifications: byId<IdentificationRecord>('identifications') }
}

export type IdentificationTables = ReturnType<typeof createIdentificationTables>

/** What identifying a visitor touches: earlier identifications, profiles and sessions. */
export type VisitorState = IdentificationTables & ProfileTables & SessionAttachState & Sequence

export interface VisitorParameters {
  user_id?: string
  source?: string
  email?: string
  phone?: string
  name?: string
  first_name?: string
  last_name?: string
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)

/** The SDKs' spellings, one shape: hellotext.js `id`, vtex-checkout `firstName`/`lastName` [SDK]. */
export function visitorFrom(raw: Record<string, unknown>): VisitorParameters {
  const picked: VisitorParameters = {}
  const set = (key: keyof VisitorParameters, value: unknown) => {
    const found = text(value)
    if (found !== undefined) picked[key] = found
  }
  set('user_id', raw.user_id ?? raw.id)
  set('source', raw.source)
  set('email', raw.email)
  set('phone', raw.phone)
  set('name', raw.name)
  set('first_name', raw.first_name ?? raw.firstName)
  set('last_name', raw.last_name ?? raw.lastName)
  return picked
}

/** The visitor's profile, found or created; undefined when nothing identifies them. */
export function identifyVisitor(
  state: VisitorState,
  ctx: CallerContext,
  visitor: VisitorParameters,
): ProfileRecord | undefined {
  const accountId = ctx.account.id
  if (visitor.user_id !== undefined) {
    const earlier = state.identifications.findFirst((q) =>
      q.where(
        (i) =>
          i.accountId === accountId && i.user_id === visitor.user_id && i.source === visitor.source,
      ),
    )
    const profile = earlier && findProfile(state, accountId, earlier.profile)
    if (profile) return profile
  }
  if (visitor.email === undefined && visitor.phone === undefined && visitor.user_id === undefined)
    return undefined
  const [first, ...rest] = (visitor.name ?? '').split(' ').filter(Boolean)
  const input: ProfileInput & { email?: string; phone?: string } = {
    ...(visitor.email === undefined ? {} : { email: visitor.email }),
    ...(visitor.phone === undefined ? {} : { phone: visitor.phone }),
    ...(visitor.user_id === undefined ? {} : { reference: visitor.user_id }),
  }
  const firstName = visitor.first_name ?? first
  const lastName = visitor.last_name ?? (rest.length ? rest.join(' ') : undefined)
  if (firstName !== undefined) input.first_name = firstName
  if (lastName !== undefined) input.last_name = lastName
  return findOrCreateProfile(state, ctx, input)
}

/**
 * Makes the session known and, when `profile` is given and the session has none, gives it the
 * profile. Returns the session as it is afterwards.
 */
export function linkSession(
  state: VisitorState,
  ctx: CallerContext,
  sessionId: string,
  profile: ProfileRecord | undefined,
): SessionRecord {
  const session = ensureSession(state, ctx.account.id, sessionId, ctx.now)
  if (profile === undefined) return session
  return attachSessionTo(state, session, profile.id)
}
