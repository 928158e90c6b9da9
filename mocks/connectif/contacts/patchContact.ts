// patchContact: PATCH /contacts/{email}, the older path generation of patchContactByEmail.
// Behaviour: shared/research/connectif.md §4, §5.1 — same upsert; its body has no `_externalId` [DOC].
import { defineRoute } from '../define-route.ts'
import { contactResource, upsertContact } from './contacts.ts'

export const patchContact = defineRoute('patchContact', (ctx, state) => {
  const { created, contact } = upsertContact(state, ctx, { email: ctx.params.email }, ctx.body)
  const body = contactResource(contact)
  return created ? { status: 201, body } : { status: 200, body }
})
