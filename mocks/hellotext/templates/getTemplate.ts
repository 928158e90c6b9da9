// getTemplate: GET /v1/templates/{id} — the template with its review state, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A9 [DOC: HELP templates].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findTemplate, templateResource } from './templates.ts'

export const getTemplate = defineRoute('getTemplate', (ctx, state) => {
  const template = findTemplate(state, ctx.account.id, ctx.params.id)
  return template ? { status: 200, body: templateResource(template) } : notFound()
})
