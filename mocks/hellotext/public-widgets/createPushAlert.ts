// createPushAlert: POST /v1/public/push/alerts — records how the visitor met the push-permission alert; 204.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS, index copy: empty success]; 204 [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { noContent } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { isResult, newId, publicAccountOf, seconds } from '../route-helpers.ts'
import { ensureSession } from '../sessions-model.ts'
import { findIn, type HellotextState } from '../state.ts'

type Body = operations['createPushAlert']['requestBody']['content']['application/json']

export const createPushAlert: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  const body = ctx.body as Body
  ensureSession(state, account.id, body.session, ctx.now)
  state.pushAlerts.insert({
    accountId: account.id,
    id: newId(ctx, (id) => findIn(state.pushAlerts, account.id, id) !== undefined),
    seq: state.nextSeq(),
    session: body.session,
    section: body.section,
    kind: body.kind,
    created_at: seconds(ctx.now),
  })
  return noContent()
}
