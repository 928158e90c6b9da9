/**
 * Browser sessions. A session is known to the server only once tracking or identification has
 * reached it (the UUID the browser generates is not enough); it belongs to at most one profile and
 * never moves to another; attaching it moves its anonymous events and carts to the profile.
 *
 * @see shared/research/hellotext-reskyt.md A8 (sessions [DOC: HELP-new tracking-unidentified-customers]),
 * A4 "Side effects" (anonymous events move on attach [INF from DOC])
 */
import { scopedKey } from '../../sandbox/records/indexed-table.ts'
import { ORDER_LIFECYCLE_ACTIONS, orderEventKey } from '../actions/actions.ts'
import type { CartTables } from '../carts/carts.ts'
import type { EventTables } from '../events/events.ts'
import { byId, findIn, type Owned, type Schemas, type Sequence, seconds } from '../records.ts'

export interface SessionRecord extends Owned {
  profile: string | null
  created_at: number
  ackedAt?: string
  utm?: Record<string, unknown>
}

export function createSessionTables() {
  return { sessions: byId<SessionRecord>('sessions') }
}

export type SessionTables = ReturnType<typeof createSessionTables>

/** What attaching a session touches: the session, its events and its carts. */
export type SessionAttachState = SessionTables & EventTables & CartTables

export function findSession(state: SessionTables, accountId: string, id: string) {
  return findIn(state.sessions, accountId, id)
}

/** The session, created (made known) when this is the first time the server hears of it. */
export function ensureSession(
  state: SessionTables & Sequence,
  accountId: string,
  id: string,
  now: number,
): SessionRecord {
  return (
    findSession(state, accountId, id) ??
    state.sessions.insert({
      accountId,
      id,
      seq: state.nextSeq(),
      profile: null,
      created_at: seconds(now),
    })
  )
}

export function sessionResource(session: SessionRecord): Schemas['Session'] {
  return {
    id: session.id,
    type: 'session',
    profile: session.profile,
    created_at: session.created_at,
  }
}

/**
 * Gives an anonymous session to `profileId` and moves its anonymous events and carts there. A
 * session that already has a profile is left as it is: the live API answers 200 and does not move
 * it [DOC]. A moved built-in order event the profile already has is dropped, as a repeated one
 * would be [INF].
 */
export function attachSessionTo(
  state: SessionAttachState,
  session: SessionRecord,
  profileId: string,
): SessionRecord {
  if (session.profile !== null) return session
  const attached = state.sessions.update(session, (s) => ({ ...s, profile: profileId }))
  const { accountId } = session
  for (const eventId of state.eventsBySession.get(scopedKey(accountId, session.id) as string) ??
    []) {
    const event = findIn(state.events, accountId, eventId)
    if (!event || event.profile !== null) continue
    if (ORDER_LIFECYCLE_ACTIONS.has(event.action) && event.object !== null) {
      const key = orderEventKey(accountId, event.object, event.action, profileId)
      if (state.orderEventKeys.has(key)) {
        state.events.delete(event)
        continue
      }
      state.orderEventKeys.add(key)
    }
    state.events.update(event, (e) => ({ ...e, profile: profileId }))
  }
  for (const cart of state.carts.findMany((q) =>
    q.where((c) => c.accountId === accountId && c.session === session.id && c.profile === null),
  )) {
    state.carts.update(cart, (c) => ({ ...c, profile: profileId }))
  }
  return attached
}
