// sendJivoEvent: POST /__admin/jivochat/send — one webhook to a CRM, as Jivo would send it; the
// report, with the delivery's id and time.
import { sendEvent } from '../../jivochat/simulator/send.ts'
import { defineRoute } from '../define-route.ts'
import { deliveryRecorder, simulate, transportFor } from './simulate.ts'

export const sendJivoEvent = defineRoute('sendJivoEvent', async (ctx, state) => {
  const { event, ...target } = ctx.body
  const startedAt = state.clock.now()
  const report = await simulate('send', () =>
    sendEvent(event, { ...target, fetch: transportFor(state, target.to) }),
  )
  return { status: 200, body: deliveryRecorder(state)(report, startedAt) }
})
