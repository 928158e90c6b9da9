/**
 * Finding, creating and merging contacts. Merging follows the integration guide's data-priority
 * advice: when the chat says e-mail A + phone B and the CRM has e-mail A + phone C, the CRM keeps C
 * and adds B as an additional phone; nothing the CRM holds is overwritten silently, and every
 * disagreement is logged on the contact.
 *
 * @see shared/seeds/jivochat-crm-webhooks.es.txt (last paragraph: "prioridad de los datos")
 */
import { type CrmContact, type CrmState, emailKey, phoneKey } from './state.ts'

export interface VisitorContacts {
  name?: string
  email?: string
  phone?: string
  description?: string
  userToken?: string | null
  clientId?: string
}

/** By user_token, then Jivo client id, then e-mail, then phone [INF: the research's lookup order]. */
export function findContact(state: CrmState, visitor: VisitorContacts): CrmContact | undefined {
  const { index } = state
  const id =
    (visitor.userToken ? index.contactByToken.get(visitor.userToken) : undefined) ??
    (visitor.clientId ? index.contactByClientId.get(visitor.clientId) : undefined) ??
    (visitor.email ? index.contactByEmail.get(emailKey(visitor.email)) : undefined) ??
    (visitor.phone ? index.contactByPhone.get(phoneKey(visitor.phone)) : undefined)
  return id === undefined ? undefined : state.contacts.get(id)
}

export interface NewContact {
  name: string
  emails?: string[]
  phones?: string[]
  description?: string
  managerId: string
  source: string
  jivoClientId?: string
  userToken?: string
  lifetimeValue?: number
  currency?: string
  lastPurchase?: CrmContact['lastPurchase']
  now: string
}

export function createContact(state: CrmState, input: NewContact): CrmContact {
  const contact: CrmContact = {
    id: state.nextId('contact'),
    name: input.name,
    emails: [],
    phones: [],
    description: input.description ?? '',
    managerId: input.managerId,
    source: input.source,
    currency: input.currency ?? 'EUR',
    attributes: {},
    conflicts: [],
    chatIds: [],
    createdAt: input.now,
    updatedAt: input.now,
    ...(input.lifetimeValue === undefined ? {} : { lifetimeValue: input.lifetimeValue }),
    ...(input.lastPurchase ? { lastPurchase: input.lastPurchase } : {}),
  }
  state.contacts.set(contact.id, contact)
  for (const email of input.emails ?? []) addEmail(state, contact, email)
  for (const phone of input.phones ?? []) addPhone(state, contact, phone)
  if (input.userToken) setUserToken(state, contact, input.userToken)
  if (input.jivoClientId) setClientId(state, contact, input.jivoClientId)
  return contact
}

/** Adds an e-mail unless the contact has it; false when another contact owns it. */
export function addEmail(state: CrmState, contact: CrmContact, email: string): boolean {
  const owner = state.index.contactByEmail.get(emailKey(email))
  if (owner !== undefined) return owner === contact.id
  contact.emails.push(email.trim())
  state.index.contactByEmail.set(emailKey(email), contact.id)
  return true
}

/** Adds a phone unless the contact has it; false when another contact owns it. */
export function addPhone(state: CrmState, contact: CrmContact, phone: string): boolean {
  const owner = state.index.contactByPhone.get(phoneKey(phone))
  if (owner !== undefined) return owner === contact.id
  contact.phones.push(phone.trim())
  state.index.contactByPhone.set(phoneKey(phone), contact.id)
  return true
}

export function setUserToken(state: CrmState, contact: CrmContact, token: string): void {
  if (contact.userToken || state.index.contactByToken.has(token)) return
  contact.userToken = token
  state.index.contactByToken.set(token, contact.id)
}

export function setClientId(state: CrmState, contact: CrmContact, clientId: string): void {
  if (contact.jivoClientId || state.index.contactByClientId.has(clientId)) return
  contact.jivoClientId = clientId
  state.index.contactByClientId.set(clientId, contact.id)
  const pending = state.pendingAttributes.get(clientId)
  if (pending) {
    Object.assign(contact.attributes, pending)
    state.pendingAttributes.delete(clientId)
  }
}

/**
 * Folds what Jivo knows about the visitor into the contact: fills empty fields, adds new e-mails
 * and phones as additional ones, and logs every value it did not take.
 */
export function mergeVisitor(
  state: CrmState,
  contact: CrmContact,
  visitor: VisitorContacts,
  event: string,
  now: string,
): void {
  const conflict = (
    field: string,
    kept: string,
    received: string,
    resolution: CrmContact['conflicts'][number]['resolution'],
  ) => contact.conflicts.push({ at: now, event, field, kept, received, resolution })
  for (const field of ['name', 'description'] as const) {
    const received = visitor[field]?.trim()
    if (!received || received === contact[field]) continue
    if (contact[field] === '') contact[field] = received
    else conflict(field, contact[field], received, 'kept CRM value')
  }
  if (
    visitor.email &&
    !contact.emails.some((e) => emailKey(e) === emailKey(visitor.email as string))
  ) {
    const kept = contact.emails[0] ?? ''
    if (!addEmail(state, contact, visitor.email))
      conflict('email', kept, visitor.email, 'belongs to another contact')
    else if (kept) conflict('email', kept, visitor.email, 'added as additional')
  }
  if (
    visitor.phone &&
    !contact.phones.some((p) => phoneKey(p) === phoneKey(visitor.phone as string))
  ) {
    const kept = contact.phones[0] ?? ''
    if (!addPhone(state, contact, visitor.phone))
      conflict('phone', kept, visitor.phone, 'belongs to another contact')
    else if (kept) conflict('phone', kept, visitor.phone, 'added as additional')
  }
  if (visitor.userToken) setUserToken(state, contact, visitor.userToken)
  if (visitor.clientId) setClientId(state, contact, visitor.clientId)
  contact.updatedAt = now
}
