// patchContactByExternalId: PATCH (upsert) a contact by externalId: 200 when it existed, 201 when created.
// Behaviour: shared/research/connectif.md §5.3 — upsert [DOC]; statuses [INF].
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { upsertContact } from '../contacts-model.ts'
import type { ConnectifState } from '../state.ts'

export const patchContactByExternalId: RouteHandler<ConnectifState> = (ctx, state) =>
  upsertContact(state, ctx, { externalId: ctx.params.externalId as string }, ctx.body ?? {})
