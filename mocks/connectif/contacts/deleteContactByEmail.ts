// deleteContactByEmail: DELETE a contact by email → 204; 404 when there is none.
// Behaviour: shared/research/connectif.md §4 (route [CODE]), §5.3 (204 [INF]).
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { findContactByEmail } from './contacts.ts'

export const deleteContactByEmail = defineRoute('deleteContactByEmail', (ctx, state) => {
  const contact = findContactByEmail(state, ctx.account.id, ctx.params.email)
  if (!contact) return notFound('Contact not found.')
  state.contacts.delete(contact)
  return { status: 204 }
})
