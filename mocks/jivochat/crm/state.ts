/**
 * The reference CRM's records: users (managers), contacts, leads, tasks, chat transcripts and
 * calls, with the indexes a lookup needs (e-mail, phone, user_token, Jivo client id, chat id), so
 * finding a visitor never scans. One CRM per sandbox: Jivo sends no credential, so a CRM endpoint
 * serves one organisation [INF].
 *
 * @see shared/seeds/jivochat-crm-webhooks.es.txt ("¿Qué debe hacer la integración?")
 */

export type RecordType = 'contact' | 'lead'

export interface RecordRef {
  type: RecordType
  id: string
}

export interface CrmUser {
  id: string
  /** The CRM login: an e-mail, matched against the Jivo agent's e-mail. */
  login: string
  name: string
}

/** A value Jivo sent that differs from what the CRM holds: kept beside it, never written over it. */
export interface CrmConflict {
  at: string
  event: string
  field: string
  kept: string
  received: string
  resolution: 'added as additional' | 'kept CRM value' | 'belongs to another contact'
}

export interface CrmContact {
  id: string
  name: string
  /** The first is the primary e-mail; the rest are additional ones. */
  emails: string[]
  /** The first is the primary phone; the rest are additional ones. */
  phones: string[]
  description: string
  managerId: string
  source: string
  /** Jivo's client id (`client_id`, the visitor's number). */
  jivoClientId?: string
  userToken?: string
  lifetimeValue?: number
  currency: string
  lastPurchase?: { reference: string; date: string; total: number }
  attributes: Record<string, string | number>
  conflicts: CrmConflict[]
  chatIds: string[]
  createdAt: string
  updatedAt: string
}

export interface CrmLead {
  id: string
  /** `JivoChat #<chat_id> - <visitor name>`, as the integration guide suggests. */
  title: string
  source: 'JivoChat'
  status: 'new' | 'linked'
  name: string
  email?: string
  phone?: string
  description?: string
  managerId: string
  chatId: string
  /** The visitor's Jivo number, so a later `client_updated` finds the lead. */
  visitorNumber?: string
  userToken?: string
  /** Set once the visitor turns out to be (or becomes) a contact. */
  contactId?: string
  createdAt: string
  updatedAt: string
}

export interface CrmTask {
  id: string
  title: string
  description: string
  managerId: string
  status: 'open' | 'done'
  record?: RecordRef
  visitor: { name?: string; email?: string; phone?: string }
  chatId?: string
  offlineMessageId?: string
  createdAt: string
}

export interface CrmTranscriptMessage {
  /** ISO time of the message; null when Jivo sent no timestamp. */
  at: string | null
  timestamp: number | null
  from: string
  agentId?: string
  agentName?: string
  text: string
}

export interface CrmTranscript {
  id: string
  chatId: string
  record: RecordRef
  messages: CrmTranscriptMessage[]
  agents: Array<{ id: string; name?: string; email?: string }>
  rate: string | null
  savedAt: string
}

export interface CrmCall {
  id: string
  chatId: string
  type?: string
  status?: string
  phone?: string
  reason?: string
  recordUrl?: string
  record?: RecordRef
  at: string
}

export interface CrmSettings {
  /** Who gets a lead when no CRM user has the Jivo agent's login. */
  defaultManagerId: string
}

/** The user every fresh CRM has, so leads always get a manager [INF]. */
export const DEFAULT_MANAGER: CrmUser = {
  id: 'user-1',
  login: 'manager@crm.sandbox.local',
  name: 'Default Manager',
}

export function createCrmState() {
  return {
    /** The last sequential id handed out per kind (the default manager is `user-1`). */
    lastIds: { user: 1 } as Record<string, number>,
    users: new Map<string, CrmUser>([[DEFAULT_MANAGER.id, { ...DEFAULT_MANAGER }]]),
    contacts: new Map<string, CrmContact>(),
    leads: new Map<string, CrmLead>(),
    tasks: new Map<string, CrmTask>(),
    transcripts: new Map<string, CrmTranscript>(),
    calls: new Map<string, CrmCall>(),
    settings: { defaultManagerId: DEFAULT_MANAGER.id } as CrmSettings,
    index: {
      userByLogin: new Map<string, string>([[DEFAULT_MANAGER.login, DEFAULT_MANAGER.id]]),
      contactByEmail: new Map<string, string>(),
      contactByPhone: new Map<string, string>(),
      contactByToken: new Map<string, string>(),
      contactByClientId: new Map<string, string>(),
      leadByChat: new Map<string, string>(),
      /** The record each chat is filed under: its lead, or the contact it turned out to be. */
      recordByChat: new Map<string, RecordRef>(),
      transcriptByChat: new Map<string, string>(),
      taskByOfflineMessage: new Map<string, string>(),
      /** `contact:contact-1` → its task ids, for the "open tasks" panel row. */
      tasksByRecord: new Map<string, string[]>(),
      /** Jivo visitor number → the leads created for that visitor. */
      leadsByVisitor: new Map<string, string[]>(),
    },
    /** Attributes Jivo sent for a client the CRM does not know yet, applied when it appears. */
    pendingAttributes: new Map<string, Record<string, string | number>>(),
    /** Sequential ids per kind: `lead-1`, `contact-1`, … */
    nextId(kind: string): string {
      const next = (this.lastIds[kind] ?? 0) + 1
      this.lastIds[kind] = next
      return `${kind}-${next}`
    },
  }
}

export type CrmState = ReturnType<typeof createCrmState>

/** Lower-cased e-mail, the lookup key. */
export const emailKey = (email: string) => email.trim().toLowerCase()
/** Digits only: `+34 600-111-222` and `34600111222` are the same phone. */
export const phoneKey = (phone: string) => phone.replace(/\D/g, '')
