// deleteContactByExternalId: DELETE a contact by externalId → 204; 404 when there is none.
// Behaviour: shared/research/connectif.md §4 (route [CODE]), §5.3 (204 [INF]).

import { noContent } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { type ConnectifState, findContactByExternalId } from '../state.ts'

export const deleteContactByExternalId: RouteHandler<ConnectifState> = (ctx, state) => {
  const contact = findContactByExternalId(state, accountOf(ctx).id, ctx.params.externalId as string)
  if (!contact) return notFound('Contact not found.')
  state.contacts.delete(contact)
  return noContent()
}
