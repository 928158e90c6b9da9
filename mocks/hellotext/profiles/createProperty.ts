// createProperty: POST /v1/properties — defines a custom profile property (`property_by_id` key).
// Behaviour: shared/research/hellotext-reskyt.md A7 "Properties" [DOC: HELP custom-store]; 201, required name, unique name [INF].
import type { operations } from '../../../src/generated/hellotext.ts'
import { scopedKey } from '../../sandbox/indexed-table.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { MESSAGES, notUnique, parameterMissing } from '../errors.ts'
import { accountOf, newId } from '../route-helpers.ts'
import { findIn, type HellotextState } from '../state.ts'

type Body = operations['createProperty']['requestBody']['content']['application/json']

export const createProperty: RouteHandler<HellotextState> = (ctx, state) => {
  const body = ctx.body as Body
  const accountId = accountOf(ctx, state).id
  if (!body.name) return parameterMissing('name')
  if (state.properties.findBy('name', scopedKey(accountId, body.name)))
    return notUnique('name', MESSAGES.taken('property'))
  const property = state.properties.insert({
    accountId,
    id: newId(ctx, (id) => findIn(state.properties, accountId, id) !== undefined),
    seq: state.nextSeq(),
    name: body.name,
    // Only `text` is a confirmed kind [DOC]; it is the default [INF].
    kind: body.kind ?? 'text',
    unique: body.unique ?? false,
  })
  const { accountId: _a, seq: _s, ...resource } = property
  return json(201, resource)
}
