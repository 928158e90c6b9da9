// updateTemplate: PATCH /v1/templates/{id} — changes the template under the same WhatsApp-only rules.
// Behaviour: shared/research/hellotext-reskyt.md A9 [DOC: HELP templates].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findTemplate, templateResource, updateTemplate as update } from './templates.ts'

export const updateTemplate = defineRoute('updateTemplate', (ctx, state) => {
  const template = findTemplate(state, ctx.account.id, ctx.params.id)
  if (!template) return notFound()
  return { status: 200, body: templateResource(update(state, template, ctx.body)) }
})
