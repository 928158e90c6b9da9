// listContactFields: GET /contact-fields/ — built-in fields, then the account's custom fields.
// Behaviour: shared/research/connectif.md §5.4 — ContactFieldList [DOC]; built-ins first, paging [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { BUILT_IN_CONTACT_FIELDS } from '../contact-fields-model.ts'
import { accountOf, listPage } from '../route-helpers.ts'
import { type ConnectifState, toResource } from '../state.ts'

export const listContactFields: RouteHandler<ConnectifState> = (ctx, state) => {
  const accountId = accountOf(ctx).id
  const custom = state.contactFields
    .findMany((q) => q.where({ accountId }))
    .map((f) => toResource(f))
  return json(200, listPage(ctx, '/contact-fields/', [...BUILT_IN_CONTACT_FIELDS, ...custom]))
}
