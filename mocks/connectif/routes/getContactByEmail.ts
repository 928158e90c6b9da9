// getContactByEmail: GET a contact by email.
// Behaviour: shared/research/connectif.md §4, §5.3 — 404 HttpError when missing [INF].

import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { contactResource } from '../contacts-model.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { type ConnectifState, findContactByEmail } from '../state.ts'

export const getContactByEmail: RouteHandler<ConnectifState> = (ctx, state) => {
  const contact = findContactByEmail(state, accountOf(ctx).id, ctx.params.email as string)
  return contact ? json(200, contactResource(contact)) : notFound('Contact not found.')
}
