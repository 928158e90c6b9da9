// deleteContactByEmail: DELETE a contact by email → 204; 404 when there is none.
// Behaviour: shared/research/connectif.md §4 (route [CODE]), §5.3 (204 [INF]).

import { noContent } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { type ConnectifState, findContactByEmail } from '../state.ts'

export const deleteContactByEmail: RouteHandler<ConnectifState> = (ctx, state) => {
  const contact = findContactByEmail(state, accountOf(ctx).id, ctx.params.email as string)
  if (!contact) return notFound('Contact not found.')
  state.contacts.delete(contact)
  return noContent()
}
