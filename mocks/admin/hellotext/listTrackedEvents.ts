// listTrackedEvents: GET /__admin/hellotext/events — what tracking stored, with the route and generation.
import { defineRoute } from '../define-route.ts'
import { hellotextAccountOf } from './hellotext-account.ts'
import { trackedEvents } from './tracked-events.ts'

export const listTrackedEvents = defineRoute('listTrackedEvents', (ctx, state) => ({
  status: 200,
  body: trackedEvents(state, hellotextAccountOf(state, ctx.query).id),
}))
