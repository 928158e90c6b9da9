// deletePushIdentity: DELETE /v1/public/push/identities — forgets the session's subscription(s) (one endpoint when given).
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS, index copy]; the answer and 404 when there is none [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'

export const deletePushIdentity = defineRoute('deletePushIdentity', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const { session, endpoint } = ctx.body
  const removed = state.pushIdentities.deleteMany((q) =>
    q.where(
      (p) =>
        p.accountId === account.id &&
        p.session === session &&
        (endpoint === undefined || p.endpoint === endpoint),
    ),
  )
  return removed.length > 0 ? { status: 200, body: { status: 'received' } } : notFound('session')
})
