// createSession: POST /v1/track/sessions — mints a session the server knows at once; {"id": …}.
// Behaviour: shared/research/hellotext-reskyt.md A8 "Public session minting" [SDK: IOS, JS before 2025]; 200 and the 32-character form [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { isResult, publicAccountOf } from '../route-helpers.ts'
import { ensureSession, findSession } from '../sessions-model.ts'
import type { HellotextState } from '../state.ts'

export const createSession: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  let id: string
  do id = ctx.sandbox.ids.alphanumeric(32)
  while (findSession(state, account.id, id))
  return json(200, { id: ensureSession(state, account.id, id, ctx.now).id })
}
