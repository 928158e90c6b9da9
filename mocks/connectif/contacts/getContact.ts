// getContact: GET /contacts/{email}, the older path generation of getContactByEmail.
// Behaviour: shared/research/connectif.md §4 — both routes are live [DOC]; same behaviour.
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { contactResource, findContactByEmail } from './contacts.ts'

export const getContact = defineRoute('getContact', (ctx, state) => {
  const contact = findContactByEmail(state, ctx.account.id, ctx.params.email)
  return contact ? { status: 200, body: contactResource(contact) } : notFound('Contact not found.')
})
