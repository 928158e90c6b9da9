/**
 * `call_event`: logs the call (one entry per chat, updated as its status changes) on the contact
 * with that phone, else on the chat's record.
 *
 * @see shared/research/jivochat.md §3.5 (`call` [C:S1]); reply undocumented, `{"result":"ok"}` [I]
 */
import { crmReply, type JivoAckReply, type JivoEventOf } from '../../../src/clients/jivochat.ts'
import { findContact } from './contacts.ts'
import type { CrmContext } from './crm-context.ts'
import type { CrmCall, CrmState, RecordRef } from './state.ts'

export function onCallEvent(
  state: CrmState,
  event: JivoEventOf<'call_event'>,
  ctx: CrmContext,
): JivoAckReply {
  const chatId = String(event.chat_id)
  const { call, visitor } = event
  const contact = findContact(state, {
    phone: call.phone ?? visitor.phone,
    email: visitor.email,
    userToken: event.user_token,
  })
  const record: RecordRef | undefined = contact
    ? { type: 'contact', id: contact.id }
    : state.index.recordByChat.get(chatId)
  const id = `call-${chatId}`
  const entry: CrmCall = {
    ...state.calls.get(id),
    id,
    chatId,
    at: ctx.now,
    ...(call.type ? { type: call.type } : {}),
    ...(call.status ? { status: call.status } : {}),
    ...(call.phone ? { phone: call.phone } : {}),
    ...(call.reason ? { reason: call.reason } : {}),
    ...(call.record_url ? { recordUrl: call.record_url } : {}),
    ...(record ? { record } : {}),
  }
  state.calls.set(id, entry)
  return crmReply()
}
