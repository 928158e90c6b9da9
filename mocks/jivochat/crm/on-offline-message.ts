/**
 * `offline_message`: creates a task for the responsible manager (the contact's manager, else the
 * CRM user with the assigned agent's login, else the default manager). The same offline message
 * delivered twice makes one task.
 *
 * @see shared/seeds/jivochat-crm-webhooks.es.txt ("el sistema de CRM debe crear una tarea … con
 * un administrador responsable")
 * @see shared/research/jivochat.md §5.5 (`offline_message_id` [C:S1]), §7.6 (deduplicate [I])
 */
import { crmReply, type JivoAckReply, type JivoEventOf } from '../../../src/clients/jivochat.ts'
import { findContact } from './contacts.ts'
import type { CrmContext } from './crm-context.ts'
import { managerFor } from './records.ts'
import type { CrmState, CrmTask, RecordRef } from './state.ts'

export function onOfflineMessage(
  state: CrmState,
  event: JivoEventOf<'offline_message'>,
  ctx: CrmContext,
): JivoAckReply {
  const chatId = String(event.chat_id)
  const dedupeKey =
    event.offline_message_id === undefined ? `chat:${chatId}` : String(event.offline_message_id)
  if (state.index.taskByOfflineMessage.has(dedupeKey)) return crmReply()
  const { visitor } = event
  const contact = findContact(state, {
    email: visitor.email,
    phone: visitor.phone,
    userToken: event.user_token,
  })
  const record: RecordRef | undefined = contact
    ? { type: 'contact', id: contact.id }
    : state.index.recordByChat.get(chatId)
  const who = visitor.name || visitor.email || visitor.phone || 'a visitor'
  const contacts = [visitor.email, visitor.phone].filter(Boolean).join(' · ')
  const task: CrmTask = {
    id: state.nextId('task'),
    title: `Answer the offline message from ${who}`,
    description: contacts ? `${event.message}\n\nContacts: ${contacts}` : event.message,
    managerId: contact?.managerId ?? managerFor(state, event.assigned_agent?.email).id,
    status: 'open',
    visitor: {
      ...(visitor.name ? { name: visitor.name } : {}),
      ...(visitor.email ? { email: visitor.email } : {}),
      ...(visitor.phone ? { phone: visitor.phone } : {}),
    },
    chatId,
    ...(event.offline_message_id === undefined
      ? {}
      : { offlineMessageId: String(event.offline_message_id) }),
    ...(record ? { record } : {}),
    createdAt: ctx.now,
  }
  state.tasks.set(task.id, task)
  state.index.taskByOfflineMessage.set(dedupeKey, task.id)
  if (record) {
    const key = `${record.type}:${record.id}`
    state.index.tasksByRecord.set(key, [...(state.index.tasksByRecord.get(key) ?? []), task.id])
  }
  return crmReply()
}
