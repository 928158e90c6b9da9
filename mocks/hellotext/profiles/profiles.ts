/**
 * Profiles: create (or match an existing one by email or phone), update, and the resource shape.
 * Emails and phones are kept by label (`email[primary]`, `phone[mobile]`); a plain `email` or
 * `phone` is the `primary` / `mobile` one [INF: A13 says both forms are probably accepted].
 *
 * @see shared/research/hellotext-reskyt.md A7 (profiles [DOC: HELP custom-store; SDK: WP])
 */
import type { components } from '../../src/generated/hellotext.ts'
import { scopedKey } from '../sandbox/indexed-table.ts'
import type { RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import { MESSAGES, notFound, notUnique } from './errors.ts'
import { newId, seconds } from './route-helpers.ts'
import { attachSession, findSession } from './sessions-model.ts'
import { findIn, type HellotextState, type ProfileRecord } from './state.ts'

export type ProfileInput = components['schemas']['ProfileInput']

export function findProfile(state: HellotextState, accountId: string, id: string) {
  return findIn(state.profiles, accountId, id)
}

export function profileResource(profile: ProfileRecord) {
  return {
    id: profile.id,
    type: 'profile' as const,
    first_name: profile.first_name,
    last_name: profile.last_name,
    emails: Object.values(profile.emails),
    phones: Object.values(profile.phones),
    lists: profile.lists,
    tags: profile.tags,
    properties: profile.properties,
    subscription: profile.subscription,
    created_at: profile.created_at,
  }
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

/** The profile that already has one of these emails or phones [DOC: "matching by phone or email"]. */
export function matchProfile(
  state: HellotextState,
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
  state: HellotextState,
  ctx: RouteContext,
  accountId: string,
  input: ProfileInput,
  existing?: ProfileRecord,
): ProfileRecord | RouteResult {
  const emails = { ...existing?.emails, ...labelled(input.email, 'primary') }
  const phones = { ...existing?.phones, ...labelled(input.phone, 'mobile') }
  for (const [kind, values] of [
    ['email', emails],
    ['phone', phones],
  ] as const) {
    for (const value of Object.values(values)) {
      const holder = state.profileContacts.get(contactKey(accountId, kind, value))
      if (holder && holder !== existing?.id) return notUnique(kind, MESSAGES.taken('profile'))
    }
  }
  const properties = { ...existing?.properties }
  for (const [propertyId, value] of Object.entries(input.property_by_id ?? {})) {
    const property = findIn(state.properties, accountId, propertyId)
    if (!property) return notFound(`property_by_id.${propertyId}`)
    if (property.unique) {
      const taken = state.profiles.findFirst((q) =>
        q.where(
          (p) =>
            p.accountId === accountId &&
            p.id !== existing?.id &&
            p.properties[property.name] === value,
        ),
      )
      if (taken) return notUnique(`property_by_id.${propertyId}`, MESSAGES.taken('profile'))
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
    ...(input.reference === undefined ? {} : { reference: input.reference }),
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
  for (const value of Object.values(emails))
    state.profileContacts.set(contactKey(accountId, 'email', value), profile.id)
  for (const value of Object.values(phones))
    state.profileContacts.set(contactKey(accountId, 'phone', value), profile.id)
  if (input.session !== undefined) {
    const session = findSession(state, accountId, input.session)
    if (session) attachSession(state, session, profile.id)
  }
  return profile
}

/** Finds the profile by email or phone, or creates it: how identification and messages find people. */
export function findOrCreateProfile(
  state: HellotextState,
  ctx: RouteContext,
  accountId: string,
  input: ProfileInput & { email?: string; phone?: string },
): ProfileRecord | RouteResult {
  const existing = matchProfile(
    state,
    accountId,
    input.email === undefined ? [] : [input.email],
    input.phone === undefined ? [] : [input.phone],
  )
  return writeProfile(state, ctx, accountId, input, existing)
}
