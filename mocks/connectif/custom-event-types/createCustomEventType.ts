// createCustomEventType: POST /custom-integrations/{id}/custom-event-types/ — 201 CustomEventType, 404, 422.
// Behaviour: shared/research/connectif.md §11.2 — alias and primary-key rules [DOC]; 201, 404 for an unknown integration, 422 naming the path, and the extra checks in checkEventTypeCreation [INF].
import { findIntegration } from '../custom-integrations/custom-integrations.ts'
import { defineRoute } from '../define-route.ts'
import { notFound, validationError } from '../errors.ts'
import { iso } from '../records.ts'
import { checkEventTypeCreation, eventTypeResource, insertEventType } from './custom-event-types.ts'

export const createCustomEventType = defineRoute('createCustomEventType', (ctx, state) => {
  const accountId = ctx.account.id
  const integration = findIntegration(state, accountId, ctx.params.id)
  if (!integration) return notFound('Custom integration not found.')
  const issues = checkEventTypeCreation(state, accountId, ctx.body)
  if (issues.length) return validationError(issues)
  const type = insertEventType(state, {
    body: ctx.body,
    accountId,
    integrationId: integration.id,
    id: ctx.ids.objectId(),
    now: iso(ctx.now),
  })
  return { status: 201, body: eventTypeResource(type) }
})
