// runProviderState: POST /__admin/pact/provider-states — the Pact Verifier's state-change call.
import { asErrorAnswer } from '../../sandbox/sandbox-error.ts'
import { defineRoute } from '../define-route.ts'
import { answerProviderStates, objectOf } from './provider-states.ts'

export const runProviderState = defineRoute('runProviderState', async (ctx, state) => {
  const answer = await answerProviderStates(state, 'POST', ctx.query, ctx.body)
  return answer.status === 200
    ? { status: 200, body: objectOf(answer.body) }
    : asErrorAnswer(answer)
})
