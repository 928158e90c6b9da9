/**
 * Sending messages. The recipient is `profile` and/or `destination` (E.164); `destination` alone
 * finds or creates the profile. The content is `body` or `template` (then `body` is ignored);
 * `{shortlink:https://…}` and `{shortlink:name}` tokens are expanded and template tags filled in.
 * `attachments` are ignored for SMS. A message starts `pending`; the admin API moves it on.
 *
 * @see shared/research/hellotext-reskyt.md A9 [DOC: HELP send-messages, send-sms, templates]
 */
import type { CallerContext } from '../../sandbox/define-route.ts'
import { type ErrorAnswer, rejectWith } from '../../sandbox/sandbox-error.ts'
import { integrationsOf, type Technology } from '../account-settings.ts'
import { hellotextError, MESSAGES, notAllowed, notFound, parameterMissing } from '../errors.ts'
import {
  findOrCreateProfile,
  findProfile,
  type ProfileRecord,
  type ProfileTables,
} from '../profiles/profiles.ts'
import {
  byId,
  findIn,
  newId,
  type Owned,
  type Schemas,
  type Sequence,
  seconds,
} from '../records.ts'
import type { SessionAttachState } from '../sessions/sessions.ts'
import { findTemplate, type TemplateTables } from '../templates/templates.ts'

export type MessageInput = Schemas['MessageInput']

export interface MessageRecord extends Owned {
  technology: Schemas['Technology']
  origin: string | null
  profile: string
  destination?: string
  body: string
  state: Schemas['MessageState']
  attachments: string[]
  template?: string
  created_at: number
}

export function createMessageTables() {
  return { messages: byId<MessageRecord>('messages') }
}

export type MessageTables = ReturnType<typeof createMessageTables>

/** Where expanded short links point: the spec example's host [INF: the real host is not documented]. */
export const SHORT_LINK_BASE = 'https://hello.example/s/'

export function messageResource(message: MessageRecord): Schemas['Message'] {
  const { accountId: _a, seq: _s, template: _t, ...fields } = message
  return fields
}

/** Fills `{name}`, `{full_name}`, `{last_name}`, `{email}`, `{phone}` and property tags [DOC]. */
function fillTags(text: string, profile: ProfileRecord): string {
  const first = profile.first_name ?? ''
  const last = profile.last_name ?? ''
  const tags: Record<string, unknown> = {
    ...profile.properties,
    name: first,
    full_name: `${first} ${last}`.trim(),
    last_name: last,
    email: Object.values(profile.emails)[0] ?? '',
    phone: Object.values(profile.phones)[0] ?? '',
  }
  return text.replace(/\{([^{}:]+)\}/g, (tag, key: string) =>
    key in tags ? String(tags[key]) : tag,
  )
}

function expandShortLinks(ctx: CallerContext, text: string, named: Record<string, string>): string {
  return text.replace(/\{shortlink:([^}]+)\}/g, (token, target: string) => {
    const url = /^https?:\/\//.test(target) ? target : named[target]
    return url === undefined ? token : `${SHORT_LINK_BASE}${ctx.ids.alphanumeric(4)}`
  })
}

const reject = (answer: ErrorAnswer) => rejectWith(answer)

export function sendMessage(
  state: MessageTables & TemplateTables & ProfileTables & SessionAttachState & Sequence,
  ctx: CallerContext,
  input: MessageInput,
): MessageRecord {
  const { account } = ctx
  if (input.technology === undefined) throw reject(parameterMissing('technology'))
  const technology = input.technology
  if (!integrationsOf(account).includes(technology as Technology))
    throw reject(
      hellotextError(422, {
        type: 'integration_missing',
        message: MESSAGES.integrationMissing(technology),
        parameter: 'technology',
      }),
    )
  let profile: ProfileRecord | undefined
  if (input.profile !== undefined) {
    profile = findProfile(state, account.id, input.profile)
    if (!profile) throw reject(notFound('profile', MESSAGES.profileNotFound))
  } else if (input.destination === undefined) {
    throw reject(parameterMissing('destination'))
  }
  const templateRef = typeof input.template === 'string' ? { id: input.template } : input.template
  const template = templateRef && findTemplate(state, account.id, templateRef.id)
  if (templateRef && !template) throw reject(notFound('template'))
  if (template && template.state !== 'approved')
    throw reject(notAllowed('template', 'The template is not approved.'))
  const text = template ? template.body : input.body
  if (text === undefined) throw reject(parameterMissing('body', MESSAGES.bodyMissing))
  profile ??= findOrCreateProfile(state, ctx, { phone: input.destination })
  const shortlinks =
    templateRef && 'shortlinks' in templateRef ? (templateRef.shortlinks ?? {}) : {}
  const destination = input.destination ?? Object.values(profile.phones)[0]
  return state.messages.insert({
    accountId: account.id,
    id: newId(ctx, (id) => findIn(state.messages, account.id, id) !== undefined),
    seq: state.nextSeq(),
    technology,
    origin: input.origin ?? null,
    profile: profile.id,
    ...(destination === undefined ? {} : { destination }),
    body: expandShortLinks(ctx, fillTags(text, profile), shortlinks),
    state: 'pending',
    // Attachments are ignored for SMS [DOC].
    attachments: technology === 'sms' ? [] : (input.attachments ?? []),
    ...(template ? { template: template.id } : {}),
    created_at: seconds(ctx.now),
  })
}
