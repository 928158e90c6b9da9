// verifySubmissionOtp: POST /v1/public/submissions/{id}/otps/{otp}/verify — checks the code; 422 when wrong.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS]; the answer [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { invalid, MESSAGES, notAllowed, notFound } from '../errors.ts'
import { isResult, publicAccountOf } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'
import { findSubmission } from '../widgets-model.ts'

export const verifySubmissionOtp: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  const submission = findSubmission(state, account.id, ctx.params.id as string)
  if (!submission) return notFound()
  if (submission.state === 'cancelled')
    return notAllowed('id', 'The submission is already cancelled.')
  if (ctx.params.otp !== submission.otp) return invalid('otp', MESSAGES.wrongCode)
  state.submissions.update(submission, (s) => ({ ...s, state: 'verified' }))
  return json(200, { status: 'received' })
}
