// deleteContactByExternalId: DELETE a contact by externalId → 204; 404 when there is none.
// Behaviour: shared/research/connectif.md §4 (route [CODE]), §5.3 (204 [INF]).
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findContactByExternalId } from './contacts.ts'

export const deleteContactByExternalId = defineRoute('deleteContactByExternalId', (ctx, state) => {
  const contact = findContactByExternalId(state, ctx.account.id, ctx.params.externalId)
  if (!contact) return notFound('Contact not found.')
  state.contacts.delete(contact)
  return { status: 204 }
})
