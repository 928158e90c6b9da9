// deleteTemplate: DELETE /v1/templates/{id} — removes the template and answers it.
// Behaviour: shared/research/hellotext-reskyt.md A9 [DOC: HELP templates]; the answer [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findTemplate, templateResource } from './templates.ts'

export const deleteTemplate = defineRoute('deleteTemplate', (ctx, state) => {
  const template = findTemplate(state, ctx.account.id, ctx.params.id)
  if (!template) return notFound()
  state.templates.delete(template)
  return { status: 200, body: templateResource(template) }
})
