/** The tracked events the admin API lists: an account's, newest first, narrowed by profile or session. */
import { type EventRecord, eventAdminView } from '../../hellotext/events/events.ts'
import { newestFirst } from '../../hellotext/records.ts'
import type { AdminState } from '../state.ts'

export function trackedEvents(
  state: AdminState,
  accountId: string,
  where?: (event: EventRecord) => boolean,
) {
  return { events: newestFirst(state.hellotext.events, accountId, where).map(eventAdminView) }
}
