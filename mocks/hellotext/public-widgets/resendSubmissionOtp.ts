// resendSubmissionOtp: POST /v1/public/submissions/{id}/otps — sends a new one-time code (the old one stops working).
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS]; the answer and the code's lifecycle [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { notAllowed, notFound } from '../errors.ts'
import { findSubmission, newOtp } from './widgets.ts'

export const resendSubmissionOtp = defineRoute('resendSubmissionOtp', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const submission = findSubmission(state, account.id, ctx.params.id)
  if (!submission) return notFound()
  if (submission.state !== 'pending')
    return notAllowed('id', `The submission is already ${submission.state}.`)
  state.submissions.update(submission, (s) => ({ ...s, otp: newOtp(ctx) }))
  return { status: 200, body: { status: 'received' } }
})
