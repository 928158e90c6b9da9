// getContactByExternalId: GET a contact by externalId.
// Behaviour: shared/research/connectif.md §4, §5.3 — 404 HttpError when missing [INF].

import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { contactResource } from '../contacts-model.ts'
import { notFound } from '../errors.ts'
import { accountOf } from '../route-helpers.ts'
import { type ConnectifState, findContactByExternalId } from '../state.ts'

export const getContactByExternalId: RouteHandler<ConnectifState> = (ctx, state) => {
  const contact = findContactByExternalId(state, accountOf(ctx).id, ctx.params.externalId as string)
  return contact ? json(200, contactResource(contact)) : notFound('Contact not found.')
}
