// defineOutboundEvent: POST /__admin/connectif/outbound — a send-category custom event type (and
// its integration, found or created by name) without the Connectif API, as the Connectif UI would.
import {
  checkEventTypeCreation,
  insertEventType,
  readEventTypeCreation,
} from '../../connectif/custom-event-types/custom-event-types.ts'
import { iso } from '../../connectif/records.ts'
import { formatMessage } from '../../sandbox/format-message.ts'
import { json } from '../../sandbox/route-result.ts'
import { asErrorAnswer } from '../../sandbox/sandbox-error.ts'
import { defineRoute } from '../define-route.ts'
import { accountOf } from '../state.ts'

export const defineOutboundEvent = defineRoute('defineOutboundEvent', (ctx, state) => {
  const { accountId, integrationName = 'Sandbox outbound events' } = ctx.body
  const account = accountId === undefined ? state.defaultAccount : accountOf(state, accountId)
  const connectif = state.connectif
  const read = readEventTypeCreation(ctx.body.eventType, 'eventType')
  const issues =
    'issues' in read ? read.issues : checkEventTypeCreation(connectif, account.id, read.eventType)
  if ('issues' in read || issues.length)
    return asErrorAnswer(
      json(422, {
        error: formatMessage('define', 'outbound event', 'the event type is not valid'),
        issues,
      }),
    )
  const now = iso(state.clock.now())
  const integration =
    connectif.customIntegrations.findFirst((q) =>
      q.where({ accountId: account.id, name: integrationName }),
    ) ??
    connectif.customIntegrations.insert({
      id: state.ids.objectId(),
      accountId: account.id,
      name: integrationName,
      imageUri: null,
      eventsEnabled: true,
    })
  const { eventType } = read
  const stored = insertEventType(connectif, {
    body: eventType,
    accountId: account.id,
    integrationId: integration.id,
    id: state.ids.objectId(),
    now,
  })
  return {
    status: 201,
    body: {
      integrationId: integration.id,
      eventType: { ...eventType, id: stored.id, createdAt: now, updatedAt: now },
    },
  }
})
