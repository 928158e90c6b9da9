// createPushAlert: POST /v1/public/push/alerts — records how the visitor met the push-permission alert; 204.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS, index copy: empty success]; 204 [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { findIn, newId, seconds } from '../records.ts'
import { ensureSession } from '../sessions/sessions.ts'

export const createPushAlert = defineRoute('createPushAlert', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const { body } = ctx
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
  return { status: 204 }
})
