// getForm: GET /v1/public/forms/{id} — a form of the business (from fixtures or the admin API), or 404.
// Behaviour: shared/research/hellotext-reskyt.md A3 [SDK: JS]; the form's fields are unknown, so it is what was configured [INF].
import { publicAccountOf } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findInstance, instanceResource } from '../objects/objects.ts'

export const getForm = defineRoute('getForm', (ctx, state) => {
  const account = publicAccountOf(ctx)
  const form = findInstance(state, account.id, ctx.params.id)
  return form?.type === 'form' ? { status: 200, body: instanceResource(form) } : notFound()
})
