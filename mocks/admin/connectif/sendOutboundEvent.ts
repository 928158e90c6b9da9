// sendOutboundEvent: POST /__admin/connectif/outbound/{eventTypeId}/send — fires a send-category
// event for a contact, as a workflow node would, and answers the delivery log entry.
// Behaviour: shared/research/connectif.md §11.3 — webhookUrl, headers, fields, jsonPointerPath [DOC];
// POST + JSON body keyed by pointer, success = any 2xx, no retries [INF].
import { findEventType } from '../../connectif/custom-event-types/custom-event-types.ts'
import { sendOutboundEvent as send } from '../../connectif/custom-events/outbound.ts'
import { formatMessage } from '../../sandbox/format-message.ts'
import { json } from '../../sandbox/route-result.ts'
import { asErrorAnswer } from '../../sandbox/sandbox-error.ts'
import { defineRoute } from '../define-route.ts'
import { adminError } from '../errors.ts'

export const sendOutboundEvent = defineRoute('sendOutboundEvent', async (ctx, state) => {
  const { eventTypeId } = ctx.params
  const connectif = state.connectif
  const stored = connectif.customEventTypes.get(eventTypeId)
  const eventType = stored && findEventType(connectif, stored.accountId, eventTypeId)
  const subject = `outbound event ${eventTypeId}`
  if (!eventType)
    return adminError(404, formatMessage('send', subject, 'no such custom event type'))
  if (eventType.category !== 'send')
    return adminError(
      400,
      formatMessage(
        'send',
        subject,
        `it is a ${eventType.category}-category event; only send events go out`,
      ),
    )
  const env = {
    fetch: state.fetch,
    now: () => state.clock.now(),
    ids: state.ids,
    retention: state.core.retention,
  }
  const outcome = await send(env, connectif, eventType.accountId, eventType, ctx.body)
  if (outcome.kind === 'contact-not-found')
    return adminError(
      404,
      formatMessage('send', subject, 'no such contact in the event type’s account'),
    )
  if (outcome.kind === 'invalid')
    return asErrorAnswer(
      json(422, {
        error: formatMessage('send', subject, 'values do not fit the event type’s fields'),
        issues: outcome.issues,
      }),
    )
  return { status: 201, body: outcome.delivery }
})
