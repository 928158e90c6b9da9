// createCustomEventByAlias: POST /custom-events/alias/{alias}?createContact= — 201, 400 E0501, 404, 422.
// Behaviour: shared/research/connectif.md §11.1 — strict validation, email primary key, createContact, E0501 [DOC]; response shape and the 400 for send-category types [INF].
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { findEventTypeByAlias, receiveCustomEvent } from '../custom-events-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const createCustomEventByAlias: RouteHandler<ConnectifState> = (ctx, state) =>
  receiveCustomEvent(
    state,
    ctx,
    findEventTypeByAlias(state, accountOf(ctx).id, ctx.params.alias as string),
  )
