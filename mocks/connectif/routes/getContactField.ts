// getContactField: GET /contact-fields/{id} — a built-in or custom field definition.
// Behaviour: shared/research/connectif.md §4, §5.4 — route [CODE]; 404 HttpError when missing [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { BUILT_IN_CONTACT_FIELDS, findCustomField } from '../contact-fields-model.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { type ConnectifState, toResource } from '../state.ts'

export const getContactField: RouteHandler<ConnectifState> = (ctx, state) => {
  const id = ctx.params.id as string
  const builtIn = BUILT_IN_CONTACT_FIELDS.find((field) => field.id === id)
  if (builtIn) return json(200, builtIn)
  const custom = findCustomField(state, accountOf(ctx).id, id)
  return custom ? json(200, toResource(custom)) : notFound('Contact field not found.')
}
