// getTemplate: GET /v1/templates/{id} — the template with its review state, or 404.
// Behaviour: shared/research/hellotext-reskyt.md A9 [DOC: HELP templates].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'
import { findTemplate, templateResource } from '../templates-model.ts'

export const getTemplate: RouteHandler<HellotextState> = (ctx, state) => {
  const template = findTemplate(state, accountOf(ctx, state).id, ctx.params.id as string)
  return template ? json(200, templateResource(template)) : notFound()
}
