/**
 * The reference CRM's one endpoint, as an integrator would write it: parse the body with
 * `parseJivoWebhook` (which validates it against openapi/jivochat.yaml and narrows it by
 * `event_name`), do the CRM work for that event, and reply with `crmReply()`. A body Jivo could
 * not have sent is answered `400 {"result":"<why>"}`: Jivo reads any result but "ok" as an error
 * text, and documents no status codes [INF].
 *
 * @example
 * handleWebhook(state, rawBody, { now: new Date().toISOString(), adminUrl: 'http://127.0.0.1:4010/__admin' })
 */
import { parseJivoWebhook } from '../../../src/clients/jivochat.ts'
import { json, type RouteResult } from '../../sandbox/route-result.ts'
import type { CrmContext } from './crm-context.ts'
import { onCallEvent } from './on-call-event.ts'
import { onChatAssigned } from './on-chat-assigned.ts'
import { onChatFinished } from './on-chat-finished.ts'
import { onChatOpened } from './on-chat-opened.ts'
import { onClientAttributeUpdated } from './on-client-attribute-updated.ts'
import { onClientUpdated } from './on-client-updated.ts'
import { onOfflineMessage } from './on-offline-message.ts'
import type { CrmState } from './state.ts'

export function handleWebhook(state: CrmState, body: unknown, ctx: CrmContext): RouteResult {
  const { data: event, error } = parseJivoWebhook(body)
  if (error) return json(400, { result: error.message })
  switch (event.event_name) {
    case 'chat_accepted':
    case 'chat_updated':
      return json(200, onChatOpened(state, event, ctx))
    case 'client_updated':
      return json(200, onClientUpdated(state, event, ctx))
    case 'client_attribute_updated':
      return json(200, onClientAttributeUpdated(state, event, ctx))
    case 'chat_finished':
      return json(200, onChatFinished(state, event, ctx))
    case 'offline_message':
      return json(200, onOfflineMessage(state, event, ctx))
    case 'call_event':
      return json(200, onCallEvent(state, event, ctx))
    case 'chat_assigned':
      return json(200, onChatAssigned(state, event, ctx))
  }
}
