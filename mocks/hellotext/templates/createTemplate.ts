// createTemplate: POST /v1/templates — 201; SMS templates start approved, WhatsApp ones pending.
// Behaviour: shared/research/hellotext-reskyt.md A9 "POST /v1/templates" [DOC: HELP templates]; 201 and required fields [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'
import {
  createTemplate as create,
  type TemplateInput,
  templateResource,
} from '../templates-model.ts'

export const createTemplate: RouteHandler<HellotextState> = (ctx, state) => {
  const template = create(state, ctx, accountOf(ctx, state).id, ctx.body as TemplateInput)
  return isResult(template) ? template : json(201, templateResource(template))
}
