/**
 * Puts users and contacts into the reference CRM, from the admin API or a fixture file, so a
 * test or a QA session starts with known customers (purchases, lifetime value, manager) and known
 * managers (logins that match Jivo agents' e-mails). Bad input throws a SandboxError naming the field.
 *
 * @example
 * seedUser(state, { login: 'ivan@shop.example', name: 'Ivan Sidorov' }, now)
 * seedContact(state, { name: 'Ana López', email: 'ana@example.com', lifetimeValue: 1240 }, now)
 */
import { SandboxError } from '../../sandbox/sandbox-error.ts'
import { createContact } from './contacts.ts'
import type { CrmContact, CrmState, CrmUser } from './state.ts'
import { emailKey } from './state.ts'

const invalid = (reason: string) => new SandboxError(400, reason)

const USER_FIELDS = new Set(['login', 'name', 'default'])
const CONTACT_FIELDS = new Set([
  'name',
  'email',
  'emails',
  'phone',
  'phones',
  'description',
  'managerLogin',
  'lifetimeValue',
  'currency',
  'lastPurchase',
  'userToken',
  'jivoClientId',
])

/** Adds a CRM user, or renames the one with that login; `default: true` makes it the default manager. */
export function seedUser(state: CrmState, input: Record<string, unknown>): CrmUser {
  checkFields(input, USER_FIELDS, 'user')
  const { login, name } = input
  if (typeof login !== 'string' || !login.includes('@'))
    throw invalid('"login" must be an e-mail (the Jivo agent login it matches)')
  if (name !== undefined && typeof name !== 'string') throw invalid('"name" must be a string')
  if (input.default !== undefined && typeof input.default !== 'boolean')
    throw invalid('"default" must be a boolean')
  const existingId = state.index.userByLogin.get(emailKey(login))
  const user: CrmUser = existingId
    ? (state.users.get(existingId) as CrmUser)
    : { id: state.nextId('user'), login: login.trim(), name: name ?? login }
  if (existingId && name) user.name = name
  state.users.set(user.id, user)
  state.index.userByLogin.set(emailKey(login), user.id)
  if (input.default === true) state.settings.defaultManagerId = user.id
  return user
}

export function seedContact(
  state: CrmState,
  input: Record<string, unknown>,
  now: string,
): CrmContact {
  checkFields(input, CONTACT_FIELDS, 'contact')
  const strings = (field: string, single: string): string[] => {
    const many = input[field] ?? (input[single] === undefined ? [] : [input[single]])
    if (!Array.isArray(many) || many.some((v) => typeof v !== 'string' || v.trim() === ''))
      throw invalid(`"${single}" / "${field}" must be non-empty strings`)
    return many as string[]
  }
  const emails = strings('emails', 'email')
  const phones = strings('phones', 'phone')
  if (emails.length + phones.length === 0)
    throw invalid('a contact needs an "email" or a "phone" for Jivo visitors to match')
  for (const field of [
    'name',
    'description',
    'managerLogin',
    'currency',
    'userToken',
    'jivoClientId',
  ]) {
    if (input[field] !== undefined && typeof input[field] !== 'string')
      throw invalid(`"${field}" must be a string`)
  }
  if (input.currency !== undefined && !/^[A-Z]{3}$/.test(input.currency as string))
    throw invalid('"currency" must be an ISO 4217 code like "EUR"')
  if (input.lifetimeValue !== undefined && typeof input.lifetimeValue !== 'number')
    throw invalid('"lifetimeValue" must be a number')
  const purchase = input.lastPurchase as CrmContact['lastPurchase'] | undefined
  if (
    purchase !== undefined &&
    (typeof purchase?.reference !== 'string' ||
      typeof purchase.date !== 'string' ||
      typeof purchase.total !== 'number')
  )
    throw invalid('"lastPurchase" must be { reference: string, date: string, total: number }')
  for (const email of emails) {
    if (state.index.contactByEmail.has(emailKey(email)))
      throw invalid(`a contact with e-mail ${email} already exists`)
  }
  let managerId = state.settings.defaultManagerId
  if (typeof input.managerLogin === 'string') {
    const found = state.index.userByLogin.get(emailKey(input.managerLogin))
    if (!found)
      throw invalid(`no CRM user has login ${input.managerLogin}; add it under /crm/users first`)
    managerId = found
  }
  return createContact(state, {
    name: (input.name as string | undefined) ?? '',
    emails,
    phones,
    description: input.description as string | undefined,
    managerId,
    source: 'seed',
    jivoClientId: input.jivoClientId as string | undefined,
    userToken: input.userToken as string | undefined,
    lifetimeValue: input.lifetimeValue as number | undefined,
    currency: input.currency as string | undefined,
    lastPurchase: purchase,
    now,
  })
}

function checkFields(input: Record<string, unknown>, allowed: Set<string>, what: string): void {
  const unknown = Object.keys(input).filter((key) => !allowed.has(key))
  if (unknown.length)
    throw invalid(`unknown ${what} field "${unknown[0]}" (expected ${[...allowed].join(', ')})`)
}
