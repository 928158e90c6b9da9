// listSessionEvents: GET /__admin/hellotext/sessions/{id}/events — one session's tracked events.
import { findSession } from '../../hellotext/sessions/sessions.ts'
import { formatMessage } from '../../sandbox/format-message.ts'
import { defineRoute } from '../define-route.ts'
import { adminError } from '../errors.ts'
import { hellotextAccountOf } from './hellotext-account.ts'
import { trackedEvents } from './tracked-events.ts'

export const listSessionEvents = defineRoute('listSessionEvents', (ctx, state) => {
  const { id } = ctx.params
  const accountId = hellotextAccountOf(state, ctx.query).id
  if (!findSession(state.hellotext, accountId, id))
    return adminError(
      404,
      formatMessage('find', `session ${id}`, `no such session in ${accountId}`),
    )
  return { status: 200, body: trackedEvents(state, accountId, (event) => event.session === id) }
})
