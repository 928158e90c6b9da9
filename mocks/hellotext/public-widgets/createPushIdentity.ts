// createPushIdentity: POST /v1/public/push/identities — registers (or refreshes) a browser's web-push subscription.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS, index copy]; the answer and matching by session + endpoint [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { findIn, newId, seconds } from '../records.ts'
import { ensureSession } from '../sessions/sessions.ts'

export const createPushIdentity = defineRoute('createPushIdentity', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const { body } = ctx
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
  return { status: 200, body: { status: 'received' } }
})
