// resendPopupSubmission: POST /v1/public/popups/{id}/submissions/{submission_id}/resend — a new one-time code, with the submission's token.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS, index copy]; token check and answer [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { isResult, publicAccountOf } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'
import { findPendingPopupSubmission, newOtp } from '../widgets-model.ts'

type Body = operations['resendPopupSubmission']['requestBody']['content']['application/json']

export const resendPopupSubmission: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  const submission = findPendingPopupSubmission(state, ctx, account.id, (ctx.body as Body).token)
  if (isResult(submission)) return submission
  state.submissions.update(submission, (s) => ({ ...s, otp: newOtp(ctx) }))
  return json(200, { status: 'received' })
}
