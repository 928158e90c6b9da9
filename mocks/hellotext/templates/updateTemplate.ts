// updateTemplate: PATCH /v1/templates/{id} — changes the template under the same WhatsApp-only rules.
// Behaviour: shared/research/hellotext-reskyt.md A9 [DOC: HELP templates].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'
import {
  findTemplate,
  type TemplateInput,
  templateResource,
  updateTemplate as update,
} from '../templates-model.ts'

export const updateTemplate: RouteHandler<HellotextState> = (ctx, state) => {
  const template = findTemplate(state, accountOf(ctx, state).id, ctx.params.id as string)
  if (!template) return notFound()
  const updated = update(state, template, ctx.body as TemplateInput)
  return isResult(updated) ? updated : json(200, templateResource(updated))
}
