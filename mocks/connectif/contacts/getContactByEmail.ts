// getContactByEmail: GET a contact by email.
// Behaviour: shared/research/connectif.md §4, §5.3 — 404 HttpError when missing [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { contactResource, findContactByEmail } from './contacts.ts'

export const getContactByEmail = defineRoute('getContactByEmail', (ctx, state) => {
  const contact = findContactByEmail(state, ctx.account.id, ctx.params.email)
  return contact ? { status: 200, body: contactResource(contact) } : notFound('Contact not found.')
})
