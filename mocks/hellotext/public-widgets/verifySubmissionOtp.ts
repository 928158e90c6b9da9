// verifySubmissionOtp: POST /v1/public/submissions/{id}/otps/{otp}/verify — checks the code; 422 when wrong.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS]; the answer [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { invalid, MESSAGES, notAllowed, notFound } from '../errors.ts'
import { findSubmission } from './widgets.ts'

export const verifySubmissionOtp = defineRoute('verifySubmissionOtp', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const submission = findSubmission(state, account.id, ctx.params.id)
  if (!submission) return notFound()
  if (submission.state === 'cancelled')
    return notAllowed('id', 'The submission is already cancelled.')
  if (ctx.params.otp !== submission.otp) return invalid('otp', MESSAGES.wrongCode)
  state.submissions.update(submission, (s) => ({ ...s, state: 'verified' }))
  return { status: 200, body: { status: 'received' } }
})
