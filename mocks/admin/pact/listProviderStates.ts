// listProviderStates: GET /__admin/pact/provider-states — the states the sandbox knows.
import { asErrorAnswer } from '../../sandbox/sandbox-error.ts'
import { defineRoute } from '../define-route.ts'
import { answerProviderStates, objectOf } from './provider-states.ts'

export const listProviderStates = defineRoute('listProviderStates', async (ctx, state) => {
  const answer = await answerProviderStates(state, 'GET', ctx.query, undefined)
  if (answer.status !== 200) return asErrorAnswer(answer)
  const { states } = objectOf(answer.body)
  return { status: 200, body: { states: Array.isArray(states) ? states.map(String) : [] } }
})
