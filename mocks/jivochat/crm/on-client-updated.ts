/**
 * `client_updated`: the client card changed in Jivo. Updates the contact (found by user_token,
 * client id, e-mail or phone) without overwriting anything silently, or creates it; leads made
 * earlier for the same visitor are linked to it, and their chats filed under it.
 *
 * @see shared/seeds/jivochat-crm-webhooks.es.txt (data priority: e-mail A + phone B vs A + C)
 * @see shared/research/jivochat.md §2 (`client_updated` [C:S1]), §5.6 (`client_id` = visitor number)
 */
import { crmReply, type JivoAckReply, type JivoEventOf } from '../../../src/clients/jivochat.ts'
import { createContact, findContact, mergeVisitor } from './contacts.ts'
import type { CrmContext } from './crm-context.ts'
import { fileChat, managerFor } from './records.ts'
import type { CrmState } from './state.ts'

export function onClientUpdated(
  state: CrmState,
  event: JivoEventOf<'client_updated'>,
  ctx: CrmContext,
): JivoAckReply {
  const clientId = String(event.client_id)
  const visitor = event.visitor ?? {}
  const known = {
    name: visitor.name,
    email: visitor.email,
    phone: visitor.phone,
    description: visitor.description,
    userToken: event.user_token,
    clientId,
  }
  let contact = findContact(state, known)
  if (contact) mergeVisitor(state, contact, known, event.event_name, ctx.now)
  else {
    contact = createContact(state, {
      name: visitor.name?.trim() || `Visitor ${clientId}`,
      emails: visitor.email ? [visitor.email] : [],
      phones: visitor.phone ? [visitor.phone] : [],
      description: visitor.description,
      managerId: managerFor(state, event.assigned_agent?.email).id,
      source: 'JivoChat',
      jivoClientId: clientId,
      userToken: event.user_token ?? undefined,
      now: ctx.now,
    })
  }
  for (const leadId of state.index.leadsByVisitor.get(clientId) ?? []) {
    const lead = state.leads.get(leadId)
    if (!lead || lead.contactId) continue
    lead.contactId = contact.id
    lead.status = 'linked'
    lead.updatedAt = ctx.now
    fileChat(state, lead.chatId, { type: 'contact', id: contact.id })
  }
  return crmReply()
}
