// getClock: GET /__admin/clock — the sandbox time, and whether it is frozen.
import { defineRoute } from '../define-route.ts'
import { clockView } from './clock-view.ts'

export const getClock = defineRoute('getClock', (_ctx, state) => ({
  status: 200,
  body: clockView(state.clock),
}))
