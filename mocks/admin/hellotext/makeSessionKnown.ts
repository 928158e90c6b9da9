// makeSessionKnown: POST /__admin/hellotext/sessions — makes a session known as browser tracking
// would: 201 when new, 200 when it already was.
import { ensureSession, findSession, sessionResource } from '../../hellotext/sessions/sessions.ts'
import { defineRoute } from '../define-route.ts'
import { hellotextAccountOf } from './hellotext-account.ts'

export const makeSessionKnown = defineRoute('makeSessionKnown', (ctx, state) => {
  const accountId = hellotextAccountOf(state, ctx.query, ctx.body).id
  const id = ctx.body?.id ?? state.ids.uuid()
  const known = findSession(state.hellotext, accountId, id)
  if (known) return { status: 200, body: sessionResource(known) }
  const session = ensureSession(state.hellotext, accountId, id, state.clock.now())
  return { status: 201, body: sessionResource(session) }
})
