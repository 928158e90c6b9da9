/**
 * `chat_accepted` and `chat_updated`: look the visitor up; a known contact gets its card in the
 * agent's panel (contact_info, custom data, CRM link, assign button); an unknown visitor gets a
 * lead, titled `JivoChat #<chat_id> - <name>`, whose link is sent back.
 *
 * @see shared/seeds/jivochat-crm-webhooks.es.txt ("¿Qué debe hacer la integración?"; reply sample)
 * @see shared/research/jivochat.md §4.2 (rich reply [C:S1]; both events answered alike [I])
 */
import { crmReply, type JivoCrmReply, type JivoEventOf } from '../../../src/clients/jivochat.ts'
import { findContact, setUserToken } from './contacts.ts'
import type { CrmContext } from './crm-context.ts'
import { createLead, fileChat, managerName, recordLink } from './records.ts'
import type { CrmContact, CrmLead, CrmState } from './state.ts'

/** Jivo shows at most 10 custom_data fields [C:S3]. */
const MAX_ROWS = 10

export function onChatOpened(
  state: CrmState,
  event: JivoEventOf<'chat_accepted'> | JivoEventOf<'chat_updated'>,
  ctx: CrmContext,
): JivoCrmReply {
  const chatId = String(event.chat_id)
  const { visitor } = event
  const contact = findContact(state, {
    email: visitor.email,
    phone: visitor.phone,
    userToken: event.user_token,
  })
  const leadId = state.index.leadByChat.get(chatId)
  const existingLead = leadId === undefined ? undefined : state.leads.get(leadId)
  if (contact) {
    if (existingLead && !existingLead.contactId) {
      existingLead.contactId = contact.id
      existingLead.status = 'linked'
      existingLead.updatedAt = ctx.now
    }
    if (event.user_token) setUserToken(state, contact, event.user_token)
    fileChat(state, chatId, { type: 'contact', id: contact.id })
    return contactReply(state, contact, ctx)
  }
  if (existingLead) {
    fillLead(existingLead, visitor, ctx.now)
    return leadReply(state, existingLead, ctx)
  }
  const lead = createLead(state, {
    chatId,
    name: visitor.name,
    email: visitor.email,
    phone: visitor.phone,
    description: visitor.description,
    visitorNumber: visitor.number === undefined ? undefined : String(visitor.number),
    userToken: event.user_token,
    agentEmail: event.agent?.email,
    now: ctx.now,
  })
  return leadReply(state, lead, ctx)
}

/** Later events fill what the lead lacks; a placeholder name gives way to the real one. */
function fillLead(
  lead: CrmLead,
  visitor: JivoEventOf<'chat_updated'>['visitor'],
  now: string,
): void {
  if (visitor.email && !lead.email) lead.email = visitor.email
  if (visitor.phone && !lead.phone) lead.phone = visitor.phone
  if (visitor.description && !lead.description) lead.description = visitor.description
  if (visitor.name && lead.name.startsWith('Visitor')) {
    lead.name = visitor.name
    lead.title = `JivoChat #${lead.chatId} - ${visitor.name}`
  }
  lead.updatedAt = now
}

function contactReply(state: CrmState, contact: CrmContact, ctx: CrmContext): JivoCrmReply {
  const money = (amount: number) =>
    new Intl.NumberFormat('en-GB', { style: 'currency', currency: contact.currency }).format(amount)
  const openTasks = (state.index.tasksByRecord.get(`contact:${contact.id}`) ?? [])
    .map((id) => state.tasks.get(id))
    .filter((task) => task?.status === 'open')
  const rows: NonNullable<JivoCrmReply['custom_data']> = [
    {
      title: 'Last purchase',
      content: contact.lastPurchase
        ? `${contact.lastPurchase.reference} · ${contact.lastPurchase.date} · ${money(contact.lastPurchase.total)}`
        : 'none yet',
    },
    { title: 'Lifetime value', content: money(contact.lifetimeValue ?? 0) },
    {
      title: 'Open tasks',
      content: openTasks.length ? `${openTasks.length}: ${openTasks[0]?.title}` : 'none',
    },
    { title: 'Manager', content: managerName(state, contact.managerId) },
  ]
  if (contact.emails.length > 1)
    rows.push({ title: 'Other e-mails', content: contact.emails.slice(1).join(', ') })
  if (contact.phones.length > 1)
    rows.push({ title: 'Other phones', content: contact.phones.slice(1).join(', ') })
  const contactInfo: NonNullable<JivoCrmReply['contact_info']> = { name: contact.name || 'Unknown' }
  if (contact.emails[0]) contactInfo.email = contact.emails[0]
  if (contact.phones[0]) contactInfo.phone = contact.phones[0]
  if (contact.description) contactInfo.description = contact.description
  return crmReply({
    contact_info: contactInfo,
    custom_data: rows.slice(0, MAX_ROWS),
    crm_link: recordLink(ctx.adminUrl, { type: 'contact', id: contact.id }),
    enable_assign: true,
  })
}

function leadReply(state: CrmState, lead: CrmLead, ctx: CrmContext): JivoCrmReply {
  const link = recordLink(ctx.adminUrl, { type: 'lead', id: lead.id })
  return crmReply({
    custom_data: [
      { title: 'CRM lead', content: `${lead.title} (${lead.status})`, link },
      { title: 'Manager', content: managerName(state, lead.managerId) },
      { title: 'Source', content: lead.source },
    ],
    crm_link: link,
    enable_assign: true,
  })
}
