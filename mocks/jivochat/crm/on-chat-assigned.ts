/**
 * `chat_assigned` (legacy): the agent pasted a CRM link with the "link to CRM" button. Files the
 * chat under the record the link names; a link to one of this CRM's record pages that names no
 * record is answered with an error text, which Jivo reads as a failure. A link elsewhere (a card
 * in another system) names nothing here: the chat stays filed under the visitor's own record (a
 * lead, if the chat is new) and the answer is ok [INF].
 *
 * @see shared/research/jivochat.md §5.3 (`assign_to` [I: R1, R3]), §4.3 (error text reply [C:S1])
 */
import { crmReply, type JivoAckReply, type JivoEventOf } from '../../../src/clients/jivochat.ts'
import type { CrmContext } from './crm-context.ts'
import { fileChat, isOwnLink, parseRecordLink, recordExists, recordOfChat } from './records.ts'
import type { CrmState } from './state.ts'

export function onChatAssigned(
  state: CrmState,
  event: JivoEventOf<'chat_assigned'>,
  ctx: CrmContext,
): JivoAckReply {
  const chatId = String(event.chat_id)
  const link = event.assign_to
  if (!link) return { result: 'assign_to is missing: there is no CRM record to link the chat to' }
  if (!isOwnLink(ctx.adminUrl, link)) {
    recordOfChat(
      state,
      {
        chatId,
        visitor: event.visitor,
        userToken: event.user_token,
        agentEmail: event.agent?.email,
      },
      ctx.now,
    )
    return crmReply()
  }
  const ref = parseRecordLink(link)
  if (!ref || !recordExists(state, ref))
    return { result: `No record of this CRM at ${link}; paste a contact or lead link it sent` }
  fileChat(state, chatId, ref)
  const leadId = state.index.leadByChat.get(chatId)
  const lead = leadId === undefined ? undefined : state.leads.get(leadId)
  if (lead && ref.type === 'contact' && !lead.contactId) {
    lead.contactId = ref.id
    lead.status = 'linked'
    lead.updatedAt = ctx.now
  }
  return crmReply()
}
