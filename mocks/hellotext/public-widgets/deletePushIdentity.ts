// deletePushIdentity: DELETE /v1/public/push/identities — forgets the session's subscription(s) (one endpoint when given).
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS, index copy]; the answer and 404 when there is none [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { isResult, publicAccountOf } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'

type Body = operations['deletePushIdentity']['requestBody']['content']['application/json']

export const deletePushIdentity: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  const body = ctx.body as Body
  const removed = state.pushIdentities.deleteMany((q) =>
    q.where(
      (p) =>
        p.accountId === account.id &&
        p.session === body.session &&
        (body.endpoint === undefined || p.endpoint === body.endpoint),
    ),
  )
  return removed.length > 0 ? json(200, { status: 'received' }) : notFound('session')
}
