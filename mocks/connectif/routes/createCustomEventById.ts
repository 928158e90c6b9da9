// createCustomEventById: POST /custom-events/id/{id}?createContact= — as by alias, addressing the type by id.
// Behaviour: shared/research/connectif.md §4, §11.1 — path [CODE], "by alias or id" [DOC: ERRC]; same rules as createCustomEventByAlias [INF].
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { findEventType, receiveCustomEvent } from '../custom-events-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const createCustomEventById: RouteHandler<ConnectifState> = (ctx, state) =>
  receiveCustomEvent(state, ctx, findEventType(state, accountOf(ctx).id, ctx.params.id as string))
