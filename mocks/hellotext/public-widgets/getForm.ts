// getForm: GET /v1/public/forms/{id} — a form of the business (from fixtures or the admin API), or 404.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS]; the form's fields are unknown, so it is what was configured [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { isResult, publicAccountOf } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'
import { findInstance, instanceResource } from '../structures-model.ts'

export const getForm: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  const form = findInstance(state, account.id, ctx.params.id as string)
  return form?.type === 'form' ? json(200, instanceResource(form)) : notFound()
}
