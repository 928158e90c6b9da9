/**
 * Hellotext data in a fixture file (`martech-sandbox serve --seed fixtures.json`), per account:
 * `businessId`, `generation`, `integrations` (account settings), `profiles`, `products`,
 * `sessions`, `actions`, `webchats`, `forms` and `popups`. Records go into the same tables the API
 * writes, with ids derived from the account and position when not given, so fixtures give the
 * same ids every run without touching the sandbox's dice.
 *
 * @example
 * { "accounts": [{ "name": "shop-a", "keys": { "hellotext": "ALK_shopA" },
 *   "hellotext": { "businessId": "ShopA001", "generation": "current",
 *     "profiles": [{ "id": "MzYwlE50", "first_name": "Lucía", "email": "lucia@example.com" }],
 *     "products": [{ "id": "vxqQJ3Yg", "name": "Trail running shoes", "price": { "amount": 89.9, "currency": "USD" } }] } }] }
 */

import type { Account, AccountRegistry } from '../sandbox/accounts.ts'
import { createIdGenerator } from '../sandbox/records/ids.ts'
import { SandboxError } from '../sandbox/sandbox-error.ts'
import {
  ensureBusinessId,
  GENERATIONS,
  type Generation,
  isGeneration,
  seedOf,
  settingsOf,
  TECHNOLOGIES,
  type Technology,
} from './account-settings.ts'
import { BUILT_IN_ACTIONS } from './actions/actions.ts'
import type { ProductRecord } from './products/products.ts'
import { indexContacts, type ProfileRecord } from './profiles/profiles.ts'
import type { HellotextState } from './state.ts'

const KNOWN = new Set([
  'businessId',
  'generation',
  'integrations',
  'profiles',
  'products',
  'sessions',
  'actions',
  'webchats',
  'forms',
  'popups',
])

/** 2026-01-01T00:00:00Z: seeded records carry a fixed creation time. */
const SEEDED_AT = 1_767_225_600

type Fixture = Record<string, unknown>

const invalid = (reason: string) => new SandboxError(400, reason)

const isObject = (value: unknown): value is Fixture =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function arrayOf(data: Fixture, name: string): unknown[] {
  const value = data[name]
  if (value === undefined) return []
  if (!Array.isArray(value)) throw invalid(`"${name}" must be an array`)
  return value
}

function objectsOf(data: Fixture, name: string): Fixture[] {
  return arrayOf(data, name).map((item, index) => {
    if (!isObject(item)) throw invalid(`${name}[${index}] must be an object`)
    return item
  })
}

const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : [])
const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

export function seedHellotextFixtures(
  state: HellotextState,
  account: Account,
  data: unknown,
  accounts: AccountRegistry,
): void {
  const accountId = account.id
  if (!isObject(data)) throw invalid('expected an object')
  for (const key of Object.keys(data)) {
    if (!KNOWN.has(key)) throw invalid(`unknown key "${key}" (expected ${[...KNOWN].join(', ')})`)
  }
  const settings = settingsOf(account)
  if (data.businessId !== undefined) settings.businessId = String(data.businessId)
  ensureBusinessId(accounts, account)
  if (data.generation !== undefined) {
    if (!isGeneration(data.generation))
      throw invalid(`"generation" must be one of ${GENERATIONS.join(', ')}`)
    settings.generation = data.generation as Generation
  }
  if (data.integrations !== undefined) {
    const integrations = strings(data.integrations)
    const unknown = integrations.find((t) => !TECHNOLOGIES.includes(t as Technology))
    if (unknown) throw invalid(`unknown integration "${unknown}"`)
    settings.integrations = integrations as Technology[]
  }
  const ids = createIdGenerator(seedOf(`hellotext-fixtures:${accountId}`))
  const idOf = (item: Fixture) => text(item.id) ?? ids.alphanumeric(8)
  const base = (item: Fixture) => ({ accountId, id: idOf(item), seq: state.nextSeq() })

  for (const [index, item] of objectsOf(data, 'profiles').entries()) {
    const emails = isObject(item.emails) ? (item.emails as Record<string, string>) : {}
    const phones = isObject(item.phones) ? (item.phones as Record<string, string>) : {}
    if (typeof item.email === 'string') emails.primary = item.email
    if (typeof item.phone === 'string') phones.mobile = item.phone
    const profile: ProfileRecord = {
      ...base(item),
      first_name: text(item.first_name) ?? null,
      last_name: text(item.last_name) ?? null,
      emails,
      phones,
      ...(text(item.reference) === undefined ? {} : { reference: text(item.reference) as string }),
      lists: strings(item.lists),
      tags: strings(item.tags),
      properties: isObject(item.properties) ? item.properties : {},
      subscription:
        item.subscription === 'subscribed' || item.subscription === 'unsubscribed'
          ? item.subscription
          : 'unconfirmed',
      created_at: SEEDED_AT,
    }
    if (!/^[A-Za-z0-9]{8}$/.test(profile.id))
      throw invalid(`profiles[${index}].id must be 8 letters or digits`)
    indexContacts(state, state.profiles.insert(profile))
  }
  for (const [index, item] of objectsOf(data, 'products').entries()) {
    if (typeof item.name !== 'string' || item.name === '')
      throw invalid(`products[${index}] needs a name`)
    if (item.variants !== undefined)
      throw invalid(`products[${index}]: add variants through createVariant, not fixtures`)
    state.products.insert({
      categories: [],
      collection: [],
      tags: [],
      metadata: {},
      ...(item as Partial<ProductRecord>),
      ...base(item),
      name: item.name,
      variantIds: [],
    })
  }
  for (const item of objectsOf(data, 'sessions')) {
    if (typeof item.id !== 'string') throw invalid('every session needs an id')
    state.sessions.insert({
      ...base(item),
      profile: text(item.profile) ?? null,
      created_at: SEEDED_AT,
    })
  }
  for (const raw of arrayOf(data, 'actions')) {
    const item = typeof raw === 'string' ? { name: raw } : isObject(raw) ? raw : {}
    if (typeof item.name !== 'string' || BUILT_IN_ACTIONS.has(item.name))
      throw invalid(`actions: ${JSON.stringify(raw)} is not a custom action name`)
    state.actions.insert({ ...base(item), name: item.name })
  }
  for (const raw of arrayOf(data, 'webchats'))
    state.webchats.insert(base(typeof raw === 'string' ? { id: raw } : isObject(raw) ? raw : {}))
  for (const item of objectsOf(data, 'forms')) {
    const { id: _id, ...values } = item
    state.instances.insert({ ...base(item), type: 'form', values, created_at: SEEDED_AT })
  }
  for (const [index, item] of objectsOf(data, 'popups').entries()) {
    if (typeof item.html !== 'string') throw invalid(`popups[${index}] needs html`)
    state.popups.insert({ ...base(item), html: item.html, locale: text(item.locale) ?? 'es' })
  }
}
