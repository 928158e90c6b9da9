/**
 * Profiles and their custom properties: create (or match an existing profile by email or phone),
 * update, and the resource shape. Emails and phones are kept by label (`email[primary]`,
 * `phone[mobile]`); a plain `email` or `phone` is the `primary` / `mobile` one [INF: A13 says
 * both forms are probably accepted].
 *
 * @see shared/research/hellotext-reskyt.md A7 (profiles [DOC: HELP custom-store; SDK: WP])
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { IndexedTable, scopedKey } from '../../sandbox/records/indexed-table.ts'
import { TrackedMap } from '../../sandbox/records/tracked-collections.ts'
import { rejectWith } from '../../sandbox/sandbox-error.ts'
import { MESSAGES, notFound, notUnique } from '../errors.ts'
import type { EventRecord } from '../events/events.ts'
import {
  asReference,
  byId,
  findIn,
  newId,
  type Owned,
  type Schemas,
  type Sequence,
  seconds,
  withoutBookkeeping,
} from '../records.ts'
import { attachSessionTo, findSession, type SessionAttachState } from '../sessions/sessions.ts'

export type ProfileInput = Schemas['ProfileInput']

export interface ProfileRecord extends Owned {
  first_name: string | null
  last_name: string | null
  /** Label → address; a plain `email` is stored under `primary` [INF]. */
  emails: Record<string, string>
  /** Label → E.164 number; a plain `phone` is stored under `mobile` [INF]. */
  phones: Record<string, string>
  reference?: string
  lists: string[]
  tags: string[]
  /** Property name → value. */
  properties: Record<string, unknown>
  subscription: Schemas['SubscriptionStatus']
  created_at: number
}

export interface PropertyRecord extends Owned {
  name: string
  kind: string
  unique: boolean
}

export function createProfileTables() {
  return {
    profiles: byId<ProfileRecord>('profiles'),
    /** `scopedKey(account, "email:<lower-cased>" | "phone:<e164>")` → profile id: matching on create. */
    profileContacts: new TrackedMap<string, string>(),
    properties: new IndexedTable<PropertyRecord, 'name'>({
      name: 'properties',
      primaryKey: (r) => scopedKey(r.accountId, r.id) as string,
      uniqueKeys: { name: (r) => scopedKey(r.accountId, r.name) },
    }),
  }
}

export type ProfileTables = ReturnType<typeof createProfileTables>

type ProfileState = ProfileTables & SessionAttachState & Sequence

export function findProfile(state: ProfileTables, accountId: string, id: string) {
  return findIn(state.profiles, accountId, id)
}

export function profileResource(profile: ProfileRecord): Schemas['Profile'] {
  return {
    id: profile.id,
    type: 'profile',
    first_name: profile.first_name,
    last_name: profile.last_name,
    ...(profile.reference === undefined ? {} : { reference: profile.reference }),
    emails: Object.values(profile.emails),
    phones: Object.values(profile.phones),
    lists: profile.lists,
    tags: profile.tags,
    properties: profile.properties,
    subscription: profile.subscription,
    created_at: profile.created_at,
  }
}

export function propertyResource(property: PropertyRecord) {
  return withoutBookkeeping(property)
}

const contactKey = (accountId: string, kind: 'email' | 'phone', value: string) =>
  scopedKey(accountId, `${kind}:${kind === 'email' ? value.toLowerCase() : value}`) as string

function labelled(
  value: string | Record<string, string> | undefined,
  plainLabel: string,
): Record<string, string> {
  if (value === undefined) return {}
  return typeof value === 'string' ? { [plainLabel]: value } : value
}

/** Every address of an `email` or `phone` parameter, plain or labelled. */
export const contactValues = (value: string | Record<string, string> | undefined) =>
  value === undefined ? [] : typeof value === 'string' ? [value] : Object.values(value)

/** The profile that already has one of these emails or phones [DOC: "matching by phone or email"]. */
export function matchProfile(
  state: ProfileTables,
  accountId: string,
  emails: string[],
  phones: string[],
): ProfileRecord | undefined {
  const keys = [
    ...emails.map((e) => contactKey(accountId, 'email', e)),
    ...phones.map((p) => contactKey(accountId, 'phone', p)),
  ]
  for (const key of keys) {
    const id = state.profileContacts.get(key)
    if (id) return findProfile(state, accountId, id)
  }
  return undefined
}

/**
 * Creates a profile from `input`, or updates `existing` with it: checks that new emails, phones
 * and unique properties are not another profile's, maps `property_by_id` to property names,
 * joins lists, and attaches a known session given in the body [SDK: WP sends `session`].
 */
export function writeProfile(
  state: ProfileState,
  ctx: CallerContext,
  input: ProfileInput,
  existing?: ProfileRecord,
): ProfileRecord {
  const accountId = ctx.account.id
  const emails = { ...existing?.emails, ...labelled(input.email, 'primary') }
  const phones = { ...existing?.phones, ...labelled(input.phone, 'mobile') }
  for (const [kind, values] of [
    ['email', emails],
    ['phone', phones],
  ] as const) {
    for (const value of Object.values(values)) {
      const holder = state.profileContacts.get(contactKey(accountId, kind, value))
      if (holder && holder !== existing?.id)
        throw rejectWith(notUnique(kind, MESSAGES.taken('profile')))
    }
  }
  const properties = { ...existing?.properties }
  for (const [propertyId, value] of Object.entries(input.property_by_id ?? {})) {
    const property = findIn(state.properties, accountId, propertyId)
    if (!property) throw rejectWith(notFound(`property_by_id.${propertyId}`))
    if (property.unique) {
      const taken = state.profiles.findFirst((q) =>
        q.where(
          (p) =>
            p.accountId === accountId &&
            p.id !== existing?.id &&
            p.properties[property.name] === value,
        ),
      )
      if (taken)
        throw rejectWith(notUnique(`property_by_id.${propertyId}`, MESSAGES.taken('profile')))
    }
    properties[property.name] = value
  }
  const fields = {
    first_name: input.first_name ?? existing?.first_name ?? null,
    last_name: input.last_name ?? existing?.last_name ?? null,
    emails,
    phones,
    lists: [...new Set([...(existing?.lists ?? []), ...(input.lists ?? [])])],
    properties,
    // The WooCommerce plugin sends the WordPress user id as an integer [SDK: WP]; kept as text [INF].
    ...(input.reference === undefined ? {} : { reference: asReference(input.reference) }),
  }
  let profile: ProfileRecord
  if (existing) {
    for (const [kind, values] of [
      ['email', existing.emails],
      ['phone', existing.phones],
    ] as const) {
      for (const value of Object.values(values))
        state.profileContacts.delete(contactKey(accountId, kind, value))
    }
    profile = state.profiles.update(existing, (p) => ({ ...p, ...fields }))
  } else {
    profile = state.profiles.insert({
      accountId,
      id: newId(ctx, (id) => findProfile(state, accountId, id) !== undefined),
      seq: state.nextSeq(),
      tags: [],
      // Creating a profile does not subscribe it [DOC: HELP consent].
      subscription: 'unconfirmed',
      created_at: seconds(ctx.now),
      ...fields,
    })
  }
  indexContacts(state, profile)
  if (input.session !== undefined) {
    const session = findSession(state, accountId, input.session)
    if (session) attachSessionTo(state, session, profile.id)
  }
  return profile
}

/** Makes the profile's emails and phones find it (`matchProfile`). */
export function indexContacts(state: ProfileTables, profile: ProfileRecord): void {
  for (const value of Object.values(profile.emails))
    state.profileContacts.set(contactKey(profile.accountId, 'email', value), profile.id)
  for (const value of Object.values(profile.phones))
    state.profileContacts.set(contactKey(profile.accountId, 'phone', value), profile.id)
}

/** A stored `subscribed` or `unsubscribed` event changes its profile's consent [DOC: HELP consent]. */
export function applyConsent(state: ProfileTables, event: EventRecord | undefined): void {
  if (!event?.profile || (event.action !== 'subscribed' && event.action !== 'unsubscribed')) return
  const subscription = event.action
  const profile = findProfile(state, event.accountId, event.profile)
  if (profile) state.profiles.update(profile, (p) => ({ ...p, subscription }))
}

/** Finds the profile by email or phone, or creates it: how identification and messages find people. */
export function findOrCreateProfile(
  state: ProfileState,
  ctx: CallerContext,
  input: ProfileInput & { email?: string; phone?: string },
): ProfileRecord {
  const existing = matchProfile(
    state,
    ctx.account.id,
    input.email === undefined ? [] : [input.email],
    input.phone === undefined ? [] : [input.phone],
  )
  return writeProfile(state, ctx, input, existing)
}
