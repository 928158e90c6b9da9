// createObject: POST /v1/objects — defines a custom structure (singular, unique, not built-in).
// Behaviour: shared/research/hellotext-reskyt.md A6 "Custom objects" [DOC: HELP objects]; path, 201 and required name [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { accountOf, isResult } from '../route-helpers.ts'
import type { HellotextState } from '../state.ts'
import { createStructure, type StructureInput, structureResource } from '../structures-model.ts'

export const createObject: RouteHandler<HellotextState> = (ctx, state) => {
  const structure = createStructure(
    state,
    ctx,
    accountOf(ctx, state).id,
    ctx.body as StructureInput,
  )
  return isResult(structure) ? structure : json(201, structureResource(structure))
}
