// deleteTemplate: DELETE /v1/templates/{id} — removes the template and answers it.
// Behaviour: shared/research/hellotext-reskyt.md A9 [DOC: HELP templates]; the answer [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'
import { findTemplate, templateResource } from '../templates-model.ts'

export const deleteTemplate: RouteHandler<HellotextState> = (ctx, state) => {
  const template = findTemplate(state, accountOf(ctx, state).id, ctx.params.id as string)
  if (!template) return notFound()
  state.templates.delete(template)
  return json(200, templateResource(template))
}
