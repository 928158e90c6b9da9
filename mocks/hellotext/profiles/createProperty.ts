// createProperty: POST /v1/properties — defines a custom profile property (`property_by_id` key).
// Behaviour: shared/research/hellotext-reskyt.md A7 "Properties" [DOC: HELP custom-store]; 201, required name, unique name [INF].
import { scopedKey } from '../../sandbox/records/indexed-table.ts'
import { defineRoute } from '../define-route.ts'
import { MESSAGES, notUnique, parameterMissing } from '../errors.ts'
import { findIn, newId } from '../records.ts'
import { propertyResource } from './profiles.ts'

export const createProperty = defineRoute('createProperty', (ctx, state) => {
  const { body } = ctx
  const accountId = ctx.account.id
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
  return { status: 201, body: propertyResource(property) }
})
