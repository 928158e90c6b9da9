// createPopupSubmission: POST /v1/public/popups/{id}/submissions — 201 {id, token}; a repeated Idempotency-Key gets the same submission.
// Behaviour: shared/research/hellotext-reskyt.md A2 "Idempotency" (popup Idempotency-Key [SDK: JS src/api/popups.js]); the answer [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findIn } from '../records.ts'
import { createSubmission, submissionResource } from './widgets.ts'

export const createPopupSubmission = defineRoute('createPopupSubmission', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const popup = findIn(state.popups, account.id, ctx.params.id)
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
  if (replay) return { status: 201, body: submissionResource(replay) }
  const { session, popup_submission: values } = ctx.body
  const parent = { kind: 'popup', id: popup.id } as const
  const submission = createSubmission(state, ctx, parent, session, values, key)
  return { status: 201, body: submissionResource(submission) }
})
