// getContactByExternalId: GET a contact by externalId.
// Behaviour: shared/research/connectif.md §4, §5.3 — 404 HttpError when missing [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { contactResource, findContactByExternalId } from './contacts.ts'

export const getContactByExternalId = defineRoute('getContactByExternalId', (ctx, state) => {
  const contact = findContactByExternalId(state, ctx.account.id, ctx.params.externalId)
  return contact ? { status: 200, body: contactResource(contact) } : notFound('Contact not found.')
})
