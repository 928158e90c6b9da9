// createAck: POST /v1/public/acks — acknowledges a new session (makes it known) with its UTM parameters.
// Behaviour: shared/research/hellotext-reskyt.md A10 [SDK: JS src/api/acks.js]; the answer [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { ensureSession } from '../sessions/sessions.ts'

export const createAck = defineRoute('createAck', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const { body } = ctx
  const session = ensureSession(state, account.id, body.session, ctx.now)
  state.sessions.update(session, (s) => ({
    ...s,
    ackedAt: body.at ?? new Date(ctx.now).toISOString(),
    ...(body.utm_params === undefined ? {} : { utm: body.utm_params }),
  }))
  return { status: 200, body: { status: 'received' } }
})
