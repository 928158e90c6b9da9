// createPushIdentity: POST /v1/public/push/identities — registers (or refreshes) a browser's web-push subscription.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS, index copy]; the answer and matching by session + endpoint [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { isResult, newId, publicAccountOf, seconds } from '../route-helpers.ts'
import { ensureSession } from '../sessions-model.ts'
import { findIn, type HellotextState } from '../state.ts'

type Body = operations['createPushIdentity']['requestBody']['content']['application/json']

export const createPushIdentity: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  const body = ctx.body as Body
  ensureSession(state, account.id, body.session, ctx.now)
  const existing = state.pushIdentities.findFirst((q) =>
    q.where(
      (p) =>
        p.accountId === account.id && p.session === body.session && p.endpoint === body.endpoint,
    ),
  )
  if (existing) state.pushIdentities.delete(existing)
  state.pushIdentities.insert({
    accountId: account.id,
    id:
      existing?.id ??
      newId(ctx, (id) => findIn(state.pushIdentities, account.id, id) !== undefined),
    seq: state.nextSeq(),
    session: body.session,
    origin: body.origin,
    ...(body.endpoint === undefined ? {} : { endpoint: body.endpoint }),
    ...(body.keys === undefined ? {} : { keys: body.keys }),
    created_at: seconds(ctx.now),
  })
  return json(200, { status: 'received' })
}
