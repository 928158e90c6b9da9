/**
 * `chat_finished`: saves the transcript (every message with its time and agent) on the record the
 * chat is filed under; a chat the CRM has never seen gets a lead first, so no transcript is lost.
 * A chat that finishes twice keeps one transcript, the latest.
 *
 * @see shared/seeds/jivochat-crm-webhooks.es.txt ("Guardar una conversación en un registro o en notas")
 * @see shared/research/jivochat.md §3.4 (`chat.messages[]` [C:S1])
 */
import { crmReply, type JivoAckReply, type JivoEventOf } from '../../../src/clients/jivochat.ts'
import type { CrmContext } from './crm-context.ts'
import { recordOfChat } from './records.ts'
import type { CrmState, CrmTranscript, RecordRef } from './state.ts'

export function onChatFinished(
  state: CrmState,
  event: JivoEventOf<'chat_finished'>,
  ctx: CrmContext,
): JivoAckReply {
  const chatId = String(event.chat_id)
  const record: RecordRef = recordOfChat(
    state,
    {
      chatId,
      visitor: event.visitor,
      userToken: event.user_token,
      agentEmail: event.agents?.[0]?.email,
    },
    ctx.now,
  )
  const agents = (event.agents ?? []).map((agent) => ({
    id: String(agent.id),
    ...(agent.name ? { name: agent.name } : {}),
    ...(agent.email ? { email: agent.email } : {}),
  }))
  const nameOf = (id: string) => agents.find((agent) => agent.id === id)?.name
  const transcript: CrmTranscript = {
    id: state.index.transcriptByChat.get(chatId) ?? state.nextId('transcript'),
    chatId,
    record,
    messages: event.chat.messages.map((message) => {
      const agentId = message.agent_id === undefined ? undefined : String(message.agent_id)
      const agentName = agentId === undefined ? undefined : nameOf(agentId)
      return {
        at:
          message.timestamp === undefined ? null : new Date(message.timestamp * 1000).toISOString(),
        timestamp: message.timestamp ?? null,
        from: message.type ?? 'unknown',
        ...(agentId === undefined ? {} : { agentId }),
        ...(agentName === undefined ? {} : { agentName }),
        text: message.message ?? '',
      }
    }),
    agents,
    rate: event.chat.rate ?? null,
    savedAt: ctx.now,
  }
  state.transcripts.set(transcript.id, transcript)
  state.index.transcriptByChat.set(chatId, transcript.id)
  return crmReply()
}
