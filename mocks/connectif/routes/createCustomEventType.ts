// createCustomEventType: POST /custom-integrations/{id}/custom-event-types/ — 201 CustomEventType, 404, 422.
// Behaviour: shared/research/connectif.md §11.2 — alias and primary-key rules [DOC]; 201, 404 for an unknown integration, 422 naming the path, and the extra checks in checkEventTypeCreation [INF].
import type { components } from '../../../src/generated/connectif.ts'
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import {
  checkEventTypeCreation,
  eventTypeResource,
  findIntegration,
  type StoredEventType,
} from '../custom-events-model.ts'
import { notFound, validationError } from '../errors.ts'
import { accountOf, iso } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

type CustomEventTypeCreation = components['schemas']['CustomEventTypeCreation']

export const createCustomEventType: RouteHandler<ConnectifState> = (ctx, state) => {
  const accountId = accountOf(ctx).id
  const integration = findIntegration(state, accountId, ctx.params.id as string)
  if (!integration) return notFound('Custom integration not found.')
  const body = ctx.body as CustomEventTypeCreation
  const issues = checkEventTypeCreation(state, accountId, body)
  if (issues.length) return validationError('Resource contains validation errors.', issues)
  const now = iso(ctx.now)
  const type: StoredEventType = {
    ...body,
    id: ctx.sandbox.ids.objectId(),
    createdAt: now,
    updatedAt: now,
    accountId,
    integrationId: integration.id,
  }
  state.customEventTypes.insert(type)
  return json(201, eventTypeResource(type))
}
