// createPopupSubmission: POST /v1/public/popups/{id}/submissions — 201 {id, token}; a repeated Idempotency-Key gets the same submission.
// Behaviour: shared/research/hellotext-reskyt.md A2 "Idempotency" (popup Idempotency-Key [SDK: JS src/api/popups.js]); the answer [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { isResult, publicAccountOf } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'
import { createSubmission, submissionResource } from '../widgets-model.ts'

type Body = operations['createPopupSubmission']['requestBody']['content']['application/json']

export const createPopupSubmission: RouteHandler<HellotextState> = (ctx, state) => {
  const account = publicAccountOf(ctx)
  if (isResult(account)) return account
  const popup = findIn(state.popups, account.id, ctx.params.id as string)
  if (!popup) return notFound()
  const key = ctx.headers['idempotency-key']
  const replay =
    key === undefined
      ? undefined
      : state.submissions.findFirst((q) =>
          q.where(
            (s) =>
              s.accountId === account.id && s.parentId === popup.id && s.idempotencyKey === key,
          ),
        )
  if (replay) return json(201, submissionResource(replay))
  const body = ctx.body as Body
  const submission = createSubmission(
    state,
    ctx,
    account.id,
    { kind: 'popup', id: popup.id },
    body.session,
    body.popup_submission,
    key,
  )
  return isResult(submission) ? submission : json(201, submissionResource(submission))
}
