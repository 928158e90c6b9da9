/**
 * Builds the body Jivo would POST for an event, from a seeded persona, with the fields each event
 * carries in Jivo's docs and examples. Overrides then change single fields. Without overrides the
 * result always passes `parseJivoWebhook` (a test checks every event for several seeds).
 *
 * @see shared/research/jivochat.md §3 (which event carries which field [C:S1]), §5 (examples)
 * @example
 * generateEvent('chat_accepted', { seed: 7, overrides: { 'visitor.email': 'a@b.c' } })
 */
import {
  type JivoEventName,
  type JivoEventOf,
  jivoEventNames,
} from '../../../src/clients/jivochat.ts'
import { createIdGenerator } from '../../sandbox/records/ids.ts'
import { applyOverrides } from './overrides.ts'
import { createPersona, type Persona } from './persona.ts'
import { SimulatorInputError } from './simulator-input-error.ts'

export interface GenerateOptions {
  /** Same seed, same conversation. @default 1 */
  seed?: number
  /** Dotted path → value, applied after generation (`{ 'visitor.email': 'a@b.c' }`). */
  overrides?: Record<string, unknown>
  /** Dotted paths to remove. */
  unset?: string[]
  /** The conversation's persona, when the caller already has one (it wins over `seed`). */
  persona?: Persona
  /**
   * Leave out what a visitor may not have given yet: `visitor.phone` in `chat_accepted`, and
   * `content`/`term` in the session's UTM. By default they are there, as in Jivo's documented
   * example [C:S1]. @default false
   */
  sparse?: boolean
}

type Builders = { [Name in JivoEventName]: (p: Persona) => JivoEventOf<Name> }

/** A copy, so overrides on one event never leak into the persona or the next event. */
const clone = <T>(value: T): T => structuredClone(value)

/** The fields every chat-scoped event shares: the chat, the visitor and the client card [C:S1]. */
function chatEnvelope(p: Persona) {
  return {
    widget_id: p.widget_id,
    user_token: p.user_token,
    chat_id: p.chat_id,
    visitor: clone(p.visitor),
    organization: clone(p.organization),
    status: clone(p.status),
    assigned_agent: clone(p.assigned_agent),
    tags: clone(p.tags),
    topic: clone(p.topic),
  }
}

function visitDetails(p: Persona) {
  return { session: clone(p.session), page: clone(p.page), analytics: clone(p.analytics) }
}

/** The persona without what `sparse` leaves out of the session (UTM `content` and `term`). */
function sparseVisit(p: Persona): Persona {
  const { content: _content, term: _term, ...utm } = p.session.utm_json ?? {}
  const session = {
    ...p.session,
    utm: Object.entries(utm)
      .map(([key, value]) => `${key}=${value}`)
      .join('|'),
    utm_json: utm,
  }
  return { ...p, session }
}

/** The transcript: greeting, question, the agent's answer, and a transfer when the persona has one. */
function transcript(p: Persona) {
  const at = (offset: number) => p.startedAt + offset
  const agentId = Number(p.agent.id)
  const messages: Array<{ message: string; timestamp: number; type: string; agent_id?: number }> = [
    { message: p.lines.greeting, timestamp: at(0), type: 'visitor' },
    { message: p.lines.agentHello, timestamp: at(9), type: 'agent', agent_id: agentId },
    { message: p.lines.question, timestamp: at(31), type: 'visitor' },
  ]
  if (p.transferred) {
    messages.push(
      { message: p.lines.agentTransfer, timestamp: at(64), type: 'agent', agent_id: agentId },
      {
        message: p.lines.agentAnswer,
        timestamp: at(142),
        type: 'agent',
        agent_id: Number(p.secondAgent.id),
      },
    )
  } else {
    messages.push({
      message: p.lines.agentAnswer,
      timestamp: at(77),
      type: 'agent',
      agent_id: agentId,
    })
  }
  messages.push({ message: p.lines.thanks, timestamp: at(171), type: 'visitor' })
  return messages
}

/** `plain_messages` / `html_messages`: Jivo's example leaves them empty; their layout is [INF]. */
function rendered(p: Persona, messages: ReturnType<typeof transcript>) {
  const nameOf = (message: (typeof messages)[number]) =>
    message.type === 'visitor'
      ? p.visitor.name
      : String(message.agent_id) === p.secondAgent.id
        ? p.secondAgent.name
        : p.agent.name
  const time = (seconds: number) => new Date(seconds * 1000).toISOString().slice(11, 19)
  const escapeHtml = (text: string) =>
    text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
  return {
    plain_messages: messages
      .map((m) => `[${time(m.timestamp)}] ${nameOf(m)}: ${m.message}`)
      .join('\n'),
    html_messages: messages
      .map((m) => `<p><b>${escapeHtml(nameOf(m))}</b> ${escapeHtml(m.message)}</p>`)
      .join(''),
  }
}

const BUILDERS: Builders = {
  chat_accepted: (p) => ({
    event_name: 'chat_accepted',
    ...chatEnvelope(p),
    // Jivo's example carries the phone [C:S1]; CRMs that create a lead from name + phone + email need it.
    visitor: clone(p.visitor),
    department: clone(p.department),
    ...visitDetails(p),
    agent: clone(p.agent),
  }),
  chat_updated: (p) => ({
    event_name: 'chat_updated',
    ...chatEnvelope(p),
    visitor: { ...clone(p.visitor), description: p.lines.updatedDescription },
    department: clone(p.department),
    ...visitDetails(p),
    agent: clone(p.agent),
  }),
  client_updated: (p) => ({
    event_name: 'client_updated',
    widget_id: p.widget_id,
    user_token: p.user_token,
    visitor: clone(p.visitor),
    organization: clone(p.organization),
    status: clone(p.status),
    assigned_agent: clone(p.assigned_agent),
    tags: clone(p.tags),
    // A string here and a number in client_attribute_updated, as in Jivo's examples [C:S1].
    client_id: String(p.client_id),
  }),
  client_attribute_updated: (p) => ({
    event_name: 'client_attribute_updated',
    widget_id: p.widget_id,
    user_token: p.user_token,
    client_id: p.client_id,
    attributes: {
      ...(p.organization?.name ? { Company_name: p.organization.name } : {}),
      Preferred_language: p.locale,
      Orders: p.visitor.chats_count ?? 1,
    },
  }),
  chat_finished: (p) => {
    const messages = transcript(p)
    const rate = (['positive', 'negative', null] as const)[p.seed % 3] ?? null
    return {
      event_name: 'chat_finished',
      ...chatEnvelope(p),
      ...visitDetails(p),
      agents: p.transferred ? [clone(p.agent), clone(p.secondAgent)] : [clone(p.agent)],
      chat: { messages, blacklisted: false, rate, invitation: p.lines.invitation },
      ...rendered(p, messages),
    }
  },
  offline_message: (p) => ({
    event_name: 'offline_message',
    ...chatEnvelope(p),
    ...visitDetails(p),
    message: p.lines.offline,
    // A millisecond timestamp in the 2023+ docs [C:S1].
    offline_message_id: p.startedAt * 1000 + (p.chat_id % 1000),
  }),
  call_event: (p) => {
    const dice = createIdGenerator(p.seed + 0x5eed)
    const type = (['callback', 'incoming', 'outgoing'] as const)[Math.floor(dice.random() * 3)]
    return {
      event_name: 'call_event',
      chat_id: p.chat_id,
      topic: clone(p.topic),
      widget_id: p.widget_id,
      user_token: p.user_token,
      visitor: clone(p.visitor),
      agent: clone(p.agent),
      department: clone(p.department),
      ...visitDetails(p),
      call: {
        type: type ?? 'callback',
        phone: p.visitor.phone,
        status: 'end',
        record_url: `https://records.jivo.example/${p.widget_id}/${p.chat_id}.mp3`,
      },
    }
  },
  chat_assigned: (p) => ({
    event_name: 'chat_assigned',
    widget_id: p.widget_id,
    user_token: p.user_token,
    chat_id: p.chat_id,
    visitor: clone(p.visitor),
    // The 2017 library reads `agent`, the 2023 one `assigned_agent`; which Jivo sends today is
    // not documented, so both carry the agent who linked the chat [INF; research §5.3].
    agent: clone(p.agent),
    assigned_agent: { id: Number(p.agent.id), email: p.agent.email, name: p.agent.name },
    ...visitDetails(p),
    assign_to: `https://crm.example/contacts/${p.client_id}`,
  }),
}

export function isJivoEventName(name: string): name is JivoEventName {
  return (jivoEventNames as string[]).includes(name)
}

export function generateEvent<Name extends JivoEventName>(
  name: Name,
  options: GenerateOptions = {},
): JivoEventOf<Name> {
  if (!isJivoEventName(name)) {
    throw new SimulatorInputError(
      `unknown event "${name}"; Jivo sends ${jivoEventNames.join(', ')}`,
    )
  }
  const full = options.persona ?? createPersona(options.seed ?? 1)
  const persona = options.sparse ? sparseVisit(full) : full
  const payload = (BUILDERS[name] as (p: Persona) => JivoEventOf<Name>)(persona)
  if (options.sparse && name === 'chat_accepted')
    delete (payload as { visitor: { phone?: string } }).visitor.phone
  applyOverrides(payload as Record<string, unknown>, options.overrides, options.unset)
  return payload
}
