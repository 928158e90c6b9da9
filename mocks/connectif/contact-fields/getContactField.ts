// getContactField: GET /contact-fields/{id} — a built-in or custom field definition.
// Behaviour: shared/research/connectif.md §4, §5.4 — route [CODE]; 404 HttpError when missing [INF].
import { defineRoute } from '../define-route.ts'
import { notFound } from '../errors.ts'
import { toResource } from '../records.ts'
import { BUILT_IN_CONTACT_FIELDS, findCustomField } from './contact-fields.ts'

export const getContactField = defineRoute('getContactField', (ctx, state) => {
  const { id } = ctx.params
  const builtIn = BUILT_IN_CONTACT_FIELDS.find((field) => field.id === id)
  if (builtIn) return { status: 200, body: builtIn }
  const custom = findCustomField(state, ctx.account.id, id)
  return custom ? { status: 200, body: toResource(custom) } : notFound('Contact field not found.')
})
