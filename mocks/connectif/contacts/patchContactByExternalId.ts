// patchContactByExternalId: PATCH (upsert) a contact by externalId: 200 when it existed, 201 when created.
// Behaviour: shared/research/connectif.md §5.3 — upsert [DOC]; statuses [INF].
import { defineRoute } from '../define-route.ts'
import { contactResource, upsertContact } from './contacts.ts'

export const patchContactByExternalId = defineRoute('patchContactByExternalId', (ctx, state) => {
  const key = { externalId: ctx.params.externalId }
  const { created, contact } = upsertContact(state, ctx, key, ctx.body)
  const body = contactResource(contact)
  return created ? { status: 201, body } : { status: 200, body }
})
