// listContactFields: GET /contact-fields/ — built-in fields, then the account's custom fields.
// Behaviour: shared/research/connectif.md §5.4 — ContactFieldList [DOC]; built-ins first, paging [INF].
import { defineRoute } from '../define-route.ts'
import { toResource } from '../records.ts'
import { listPage } from '../route-helpers.ts'
import { BUILT_IN_CONTACT_FIELDS } from './contact-fields.ts'

export const listContactFields = defineRoute('listContactFields', (ctx, state) => {
  const accountId = ctx.account.id
  const custom = state.contactFields
    .findMany((q) => q.where({ accountId }))
    .map((field) => toResource(field))
  return {
    status: 200,
    body: listPage(ctx, '/contact-fields/', [...BUILT_IN_CONTACT_FIELDS, ...custom]),
  }
})
