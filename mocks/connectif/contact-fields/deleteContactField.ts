// deleteContactField: DELETE /contact-fields/{id} — 204; built-in fields cannot be deleted.
// Behaviour: shared/research/connectif.md §4, §5.4 — route [CODE]; 204, 404, 400 for built-ins and removal of the field's values from the account's contacts [INF].
import { defineRoute } from '../define-route.ts'
import { httpError, notFound } from '../errors.ts'
import { findCustomField, isBuiltInField } from './contact-fields.ts'

export const deleteContactField = defineRoute('deleteContactField', (ctx, state) => {
  const { id } = ctx.params
  if (isBuiltInField(id))
    return httpError(400, `Contact field ${id} is a built-in field and cannot be deleted.`)
  const accountId = ctx.account.id
  const field = findCustomField(state, accountId, id)
  if (!field) return notFound('Contact field not found.')
  state.contactFields.delete(field)
  // A deleted field takes its values with it, so no contact keeps data for a field that is gone.
  for (const contact of state.contacts.findMany((q) => q.where({ accountId }))) {
    if (!(id in contact)) continue
    state.contacts.update(contact, (current) => {
      const next = { ...current }
      delete next[id]
      return next
    })
  }
  return { status: 204 }
})
