/**
 * Managers, leads and links: who is responsible for a new record (the CRM user whose login is the
 * Jivo agent's e-mail, else the default manager), how a lead is created and titled, and the
 * `crm_link` of a record.
 *
 * @see shared/seeds/jivochat-crm-webhooks.es.txt ("Creación de registro de leads": title
 * `JivoChat # 18 - Tom Clifton`, same-login manager or a default one, source JivoChat)
 */
import { findContact } from './contacts.ts'
import type { CrmLead, CrmState, CrmUser, RecordRef } from './state.ts'
import { emailKey } from './state.ts'

/** The CRM user whose login is the agent's e-mail, else the configured default manager. */
export function managerFor(state: CrmState, agentEmail: string | undefined): CrmUser {
  const id = agentEmail ? state.index.userByLogin.get(emailKey(agentEmail)) : undefined
  return (state.users.get(id ?? state.settings.defaultManagerId) ??
    state.users.get(state.settings.defaultManagerId)) as CrmUser
}

export function managerName(state: CrmState, id: string): string {
  return state.users.get(id)?.name ?? id
}

export interface NewLead {
  chatId: string
  name?: string
  email?: string
  phone?: string
  description?: string
  visitorNumber?: string
  userToken?: string | null
  agentEmail?: string
  now: string
}

export function createLead(state: CrmState, input: NewLead): CrmLead {
  const name =
    input.name?.trim() || (input.visitorNumber ? `Visitor ${input.visitorNumber}` : 'Visitor')
  const lead: CrmLead = {
    id: state.nextId('lead'),
    title: `JivoChat #${input.chatId} - ${name}`,
    source: 'JivoChat',
    status: 'new',
    name,
    managerId: managerFor(state, input.agentEmail).id,
    chatId: input.chatId,
    createdAt: input.now,
    updatedAt: input.now,
    ...(input.email ? { email: input.email } : {}),
    ...(input.phone ? { phone: input.phone } : {}),
    ...(input.description ? { description: input.description } : {}),
    ...(input.visitorNumber ? { visitorNumber: input.visitorNumber } : {}),
    ...(input.userToken ? { userToken: input.userToken } : {}),
  }
  state.leads.set(lead.id, lead)
  state.index.leadByChat.set(lead.chatId, lead.id)
  state.index.recordByChat.set(lead.chatId, { type: 'lead', id: lead.id })
  if (lead.visitorNumber) {
    const leads = state.index.leadsByVisitor.get(lead.visitorNumber) ?? []
    state.index.leadsByVisitor.set(lead.visitorNumber, [...leads, lead.id])
  }
  return lead
}

/** A chat as the webhooks that file it describe it. */
export interface ChatOfVisitor {
  chatId: string
  visitor: { name?: string; email?: string; phone?: string; number?: string | number }
  userToken?: string | null
  agentEmail?: string
}

/**
 * The record a chat is filed under: where it already is, else the visitor's contact (by
 * `user_token`, e-mail or phone), else a new lead for the visitor, filed there.
 */
export function recordOfChat(state: CrmState, chat: ChatOfVisitor, now: string): RecordRef {
  const filed = state.index.recordByChat.get(chat.chatId)
  if (filed) return filed
  const { visitor } = chat
  const contact = findContact(state, {
    email: visitor.email,
    phone: visitor.phone,
    userToken: chat.userToken,
  })
  const record: RecordRef = contact
    ? { type: 'contact', id: contact.id }
    : {
        type: 'lead',
        id: createLead(state, {
          chatId: chat.chatId,
          name: visitor.name,
          email: visitor.email,
          phone: visitor.phone,
          visitorNumber: visitor.number === undefined ? undefined : String(visitor.number),
          userToken: chat.userToken,
          agentEmail: chat.agentEmail,
          now,
        }).id,
      }
  fileChat(state, chat.chatId, record)
  return record
}

/** Whether a pasted link is one of this CRM's own record pages (its `crm_link`s). */
export function isOwnLink(adminUrl: string, link: string): boolean {
  return link.startsWith(`${adminUrl}/jivochat/crm/`)
}

/** Files a chat under a record (the transcript of a finished chat goes there). */
export function fileChat(state: CrmState, chatId: string, ref: RecordRef): void {
  state.index.recordByChat.set(chatId, ref)
  if (ref.type === 'contact') {
    const contact = state.contacts.get(ref.id)
    if (contact && !contact.chatIds.includes(chatId)) contact.chatIds.push(chatId)
  }
}

/**
 * A record's `crm_link`: its page in the sandbox's admin API, so the "Open in CRM" button really
 * opens the record [INF].
 */
export function recordLink(adminUrl: string, ref: RecordRef): string {
  return `${adminUrl}/jivochat/crm/${ref.type}s/${encodeURIComponent(ref.id)}`
}

/** The record a pasted link names (`…/contacts/contact-3`, `…/leads/lead-2`), whatever the host. */
export function parseRecordLink(link: string): RecordRef | undefined {
  let path: string
  try {
    path = new URL(link).pathname
  } catch {
    return undefined
  }
  const match = /\/(contact|lead)s\/([^/]+)\/?$/.exec(path)
  return match
    ? { type: match[1] as RecordRef['type'], id: decodeURIComponent(match[2] as string) }
    : undefined
}

export function recordExists(state: CrmState, ref: RecordRef): boolean {
  return ref.type === 'contact' ? state.contacts.has(ref.id) : state.leads.has(ref.id)
}
