// resendSubmissionOtp: POST /v1/public/submissions/{id}/otps — sends a new one-time code (the old one stops working).
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS]; the answer and the code's lifecycle [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notAllowed, notFound } from '../errors.ts'
import { isResult, publicAccountOf } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'
import { findSubmission, newOtp } from '../widgets-model.ts'

export const resendSubmissionOtp: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  const submission = findSubmission(state, account.id, ctx.params.id as string)
  if (!submission) return notFound()
  if (submission.state !== 'pending')
    return notAllowed('id', `The submission is already ${submission.state}.`)
  state.submissions.update(submission, (s) => ({ ...s, otp: newOtp(ctx) }))
  return json(200, { status: 'received' })
}
