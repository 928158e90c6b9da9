// receiveCrmWebhook: POST /crm — every JivoChat webhook, answered as a good CRM integration does.
// Behaviour: shared/seeds/jivochat-crm-webhooks.es.txt and shared/research/jivochat.md §4, §7.6.
/**
 * The reference CRM's one endpoint, as an integrator would write it: parse the body with
 * `parseJivoWebhook` (which validates it against openapi/jivochat.yaml and narrows it by
 * `event_name`), do the CRM work for that event, and reply with `crmReply()`. A body Jivo could
 * not have sent is answered `400 {"result":"<why>"}`: Jivo reads any result but "ok" as an error
 * text, and documents no status codes [INF].
 */
import { type JivoWebhookEvent, parseJivoWebhook } from '../../../src/clients/jivochat.ts'
import { defineRoute } from '../define-route.ts'
import { jivoError } from '../errors.ts'
import type { CrmContext } from './crm-context.ts'
import { onCallEvent } from './on-call-event.ts'
import { onChatAssigned } from './on-chat-assigned.ts'
import { onChatFinished } from './on-chat-finished.ts'
import { onChatOpened } from './on-chat-opened.ts'
import { onClientAttributeUpdated } from './on-client-attribute-updated.ts'
import { onClientUpdated } from './on-client-updated.ts'
import { onOfflineMessage } from './on-offline-message.ts'
import type { CrmState } from './state.ts'

export const receiveCrmWebhook = defineRoute('receiveCrmWebhook', (ctx, state) => {
  const { data: event, error } = parseJivoWebhook(ctx.body)
  if (error) return jivoError(400, error.message)
  const answer = reply(state.crm, event, {
    now: new Date(ctx.now).toISOString(),
    adminUrl: ctx.adminUrl,
  })
  return { status: 200, body: answer }
})

/** The CRM's work for one event, and what it replies. */
function reply(state: CrmState, event: JivoWebhookEvent, ctx: CrmContext) {
  switch (event.event_name) {
    case 'chat_accepted':
    case 'chat_updated':
      return onChatOpened(state, event, ctx)
    case 'client_updated':
      return onClientUpdated(state, event, ctx)
    case 'client_attribute_updated':
      return onClientAttributeUpdated(state, event, ctx)
    case 'chat_finished':
      return onChatFinished(state, event, ctx)
    case 'offline_message':
      return onOfflineMessage(state, event, ctx)
    case 'call_event':
      return onCallEvent(state, event, ctx)
    case 'chat_assigned':
      return onChatAssigned(state, event, ctx)
  }
}
