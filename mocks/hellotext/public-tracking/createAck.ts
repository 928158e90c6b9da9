// createAck: POST /v1/public/acks — acknowledges a new session (makes it known) with its UTM parameters.
// Behaviour: shared/research/hellotext-reskyt.md A10 [SDK: JS src/api/acks.js]; the answer [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { isResult, publicAccountOf } from '../route-helpers.ts'
import { ensureSession } from '../sessions-model.ts'
import type { HellotextState } from '../state.ts'

type Body = operations['createAck']['requestBody']['content']['application/json']

export const createAck: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  const body = ctx.body as Body
  const session = ensureSession(state, account.id, body.session, ctx.now)
  state.sessions.update(session, (s) => ({
    ...s,
    ackedAt: body.at ?? new Date(ctx.now).toISOString(),
    ...(body.utm_params === undefined ? {} : { utm: body.utm_params }),
  }))
  return json(200, { status: 'received' })
}
