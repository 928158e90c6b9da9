// createTemplate: POST /v1/templates — 201; SMS templates start approved, WhatsApp ones pending.
// Behaviour: shared/research/hellotext-reskyt.md A9 "POST /v1/templates" [DOC: HELP templates]; 201 and required fields [INF].
import { defineRoute } from '../define-route.ts'
import { createTemplate as create, templateResource } from './templates.ts'

export const createTemplate = defineRoute('createTemplate', (ctx, state) => ({
  status: 201,
  body: templateResource(create(state, ctx, ctx.body)),
}))
