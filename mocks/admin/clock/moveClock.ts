// moveClock: POST /__admin/clock — freeze (now, or at a date), advance, unfreeze, in that order.

import { formatMessage } from '../../sandbox/format-message.ts'
import { parseDuration } from '../../sandbox/time/duration.ts'
import { defineRoute } from '../define-route.ts'
import { adminError } from '../errors.ts'
import { clockView } from './clock-view.ts'

export const moveClock = defineRoute('moveClock', (ctx, state) => {
  const { advance, freeze, unfreeze } = ctx.body
  if (freeze === true) state.clock.freeze()
  else if (freeze !== undefined && freeze !== false) {
    const at = typeof freeze === 'number' ? freeze : Date.parse(freeze)
    if (Number.isNaN(at))
      return adminError(
        400,
        formatMessage('freeze', 'clock', `${JSON.stringify(freeze)} is not a date`),
      )
    state.clock.freeze(at)
  }
  if (advance !== undefined) state.clock.advance(parseDuration(advance))
  if (unfreeze) state.clock.unfreeze()
  return { status: 200, body: clockView(state.clock) }
})
