// deleteContactField: DELETE /contact-fields/{id} — 204; built-in fields cannot be deleted.
// Behaviour: shared/research/connectif.md §4, §5.4 — route [CODE]; 204, 404, 400 for built-ins and removal of the field's values from the account's contacts [INF].
import { noContent } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { BUILT_IN_CONTACT_FIELDS, findCustomField } from '../contact-fields-model.ts'
import { httpError, notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState, ContactRecord } from '../state.ts'

export const deleteContactField: RouteHandler<ConnectifState> = (ctx, state) => {
  const id = ctx.params.id as string
  if (BUILT_IN_CONTACT_FIELDS.some((field) => field.id === id))
    return httpError(400, `Contact field ${id} is a built-in field and cannot be deleted.`)
  const accountId = accountOf(ctx).id
  const field = findCustomField(state, accountId, id)
  if (!field) return notFound('Contact field not found.')
  state.contactFields.delete(field)
  // A deleted field takes its values with it, so no contact keeps data for a field that is gone.
  for (const contact of state.contacts.findMany((q) => q.where({ accountId }))) {
    if (!(id in contact)) continue
    state.contacts.update(contact, (current) => {
      const next = { ...current } as ContactRecord & Record<string, unknown>
      delete next[id]
      return next
    })
  }
  return noContent()
}
