// resendPopupSubmission: POST /v1/public/popups/{id}/submissions/{submission_id}/resend — a new one-time code, with the submission's token.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS, index copy]; token check and answer [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { findPendingPopupSubmission, newOtp } from './widgets.ts'

export const resendPopupSubmission = defineRoute('resendPopupSubmission', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const names = { ...ctx.params, token: ctx.body.token }
  const submission = findPendingPopupSubmission(state, account.id, names)
  state.submissions.update(submission, (s) => ({ ...s, otp: newOtp(ctx) }))
  return { status: 200, body: { status: 'received' } }
})
