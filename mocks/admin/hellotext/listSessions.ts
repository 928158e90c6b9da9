// listSessions: GET /__admin/hellotext/sessions — the account's known sessions, newest first.
import { newestFirst } from '../../hellotext/records.ts'
import { sessionResource } from '../../hellotext/sessions/sessions.ts'
import { defineRoute } from '../define-route.ts'
import { hellotextAccountOf } from './hellotext-account.ts'

export const listSessions = defineRoute('listSessions', (ctx, state) => {
  const accountId = hellotextAccountOf(state, ctx.query).id
  const sessions = newestFirst(state.hellotext.sessions, accountId).map(sessionResource)
  return { status: 200, body: { sessions } }
})
