// createImport: POST /imports/ — upload a CSV and queue an import of contacts, products or coupons.
// Behaviour: shared/research/connectif.md §9.1–9.4 — form, 201 Import, E0401 [DOC]; checks, pacing and row rules [INF] in imports/.
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { queueImport } from '../imports/queue-import.ts'
import type { ConnectifState } from '../state.ts'

export const createImport: RouteHandler<ConnectifState> = (ctx, state) => queueImport(state, ctx)
