// playJivoConversation: POST /__admin/jivochat/conversation — a whole conversation against a CRM,
// each delivery graded and logged.
import { playConversation } from '../../jivochat/simulator/conversation.ts'
import { defineRoute } from '../define-route.ts'
import { deliveryRecorder, simulate, transportFor } from './simulate.ts'

export const playJivoConversation = defineRoute('playJivoConversation', async (ctx, state) => {
  const { offline = false, ...target } = ctx.body
  const record = deliveryRecorder(state)
  let startedAt = state.clock.now()
  const conversation = await simulate('conversation', () =>
    playConversation({
      ...target,
      offline,
      fetch: transportFor(state, target.to),
      onReport: (report) => {
        record(report, startedAt)
        startedAt = state.clock.now()
      },
    }),
  )
  return { status: 200, body: conversation }
})
