// listProfileEvents: GET /__admin/hellotext/profiles/{id}/events — one profile's tracked events.
import { findProfile } from '../../hellotext/profiles/profiles.ts'
import { formatMessage } from '../../sandbox/format-message.ts'
import { defineRoute } from '../define-route.ts'
import { adminError } from '../errors.ts'
import { hellotextAccountOf } from './hellotext-account.ts'
import { trackedEvents } from './tracked-events.ts'

export const listProfileEvents = defineRoute('listProfileEvents', (ctx, state) => {
  const { id } = ctx.params
  const accountId = hellotextAccountOf(state, ctx.query).id
  if (!findProfile(state.hellotext, accountId, id))
    return adminError(
      404,
      formatMessage('find', `profile ${id}`, `no such profile in ${accountId}`),
    )
  return { status: 200, body: trackedEvents(state, accountId, (event) => event.profile === id) }
})
