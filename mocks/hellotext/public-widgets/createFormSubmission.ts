// createFormSubmission: POST /v1/public/forms/{id}/submissions — 201 {id, token}; the visitor's profile is found or created.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS]; the answer and profile linking [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { isResult, publicAccountOf } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'
import { findInstance } from '../structures-model.ts'
import { createSubmission, submissionResource } from '../widgets-model.ts'

export const createFormSubmission: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  const form = findInstance(state, account.id, ctx.params.id as string)
  if (form?.type !== 'form') return notFound()
  const { session, ...values } = ctx.body as Record<string, unknown>
  const submission = createSubmission(
    state,
    ctx,
    account.id,
    { kind: 'form', id: form.id },
    session as string | undefined,
    values,
  )
  return isResult(submission) ? submission : json(201, submissionResource(submission))
}
