// createFormSubmission: POST /v1/public/forms/{id}/submissions — 201 {id, token}; the visitor's profile is found or created.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS]; the answer and profile linking [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findInstance } from '../objects/objects.ts'
import { createSubmission, submissionResource } from './widgets.ts'

export const createFormSubmission = defineRoute('createFormSubmission', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const form = findInstance(state, account.id, ctx.params.id)
  if (form?.type !== 'form') return notFound()
  const { session, ...values } = ctx.body
  const parent = { kind: 'form', id: form.id } as const
  return {
    status: 201,
    body: submissionResource(createSubmission(state, ctx, parent, session, values)),
  }
})
