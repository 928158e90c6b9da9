/**
 * Sending messages. The recipient is `profile` and/or `destination` (E.164); `destination` alone
 * finds or creates the profile. The content is `body` or `template` (then `body` is ignored);
 * `{shortlink:https://…}` and `{shortlink:name}` tokens are expanded and template tags filled in.
 * `attachments` are ignored for SMS. A message starts `pending`; the admin API moves it on.
 *
 * @see shared/research/hellotext-reskyt.md A9 [DOC: HELP send-messages, send-sms, templates]
 */
import type { components } from '../../src/generated/hellotext.ts'
import type { Account } from '../sandbox/accounts.ts'
import type { RouteResult } from '../sandbox/route-result.ts'
import type { RouteContext } from '../sandbox/service-definition.ts'
import { integrationsOf, type Technology } from './account-settings.ts'
import { hellotextError, MESSAGES, notAllowed, notFound, parameterMissing } from './errors.ts'
import { findOrCreateProfile, findProfile } from './profiles-model.ts'
import { isResult, newId, seconds } from './route-helpers.ts'
import { findIn, type HellotextState, type MessageRecord, type ProfileRecord } from './state.ts'
import { findTemplate } from './templates-model.ts'

export type MessageInput = components['schemas']['MessageInput']

/** Where expanded short links point: the spec example's host [INF: the real host is not documented]. */
export const SHORT_LINK_BASE = 'https://hello.example/s/'

export function messageResource(message: MessageRecord) {
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

function expandShortLinks(ctx: RouteContext, text: string, named: Record<string, string>): string {
  return text.replace(/\{shortlink:([^}]+)\}/g, (token, target: string) => {
    const url = /^https?:\/\//.test(target) ? target : named[target]
    return url === undefined ? token : `${SHORT_LINK_BASE}${ctx.sandbox.ids.alphanumeric(4)}`
  })
}

export function sendMessage(
  state: HellotextState,
  ctx: RouteContext,
  account: Account,
  input: MessageInput,
): MessageRecord | RouteResult {
  if (input.technology === undefined) return parameterMissing('technology')
  const technology = input.technology
  if (!integrationsOf(account).includes(technology as Technology))
    return hellotextError(422, {
      type: 'integration_missing',
      message: MESSAGES.integrationMissing(technology),
      parameter: 'technology',
    })
  let profile: ProfileRecord | undefined
  if (input.profile !== undefined) {
    profile = findProfile(state, account.id, input.profile)
    if (!profile) return notFound('profile', MESSAGES.profileNotFound)
  } else if (input.destination === undefined) {
    return parameterMissing('destination')
  }
  const templateRef = typeof input.template === 'string' ? { id: input.template } : input.template
  const template = templateRef && findTemplate(state, account.id, templateRef.id)
  if (templateRef && !template) return notFound('template')
  if (template && template.state !== 'approved')
    return notAllowed('template', 'The template is not approved.')
  if (!template && input.body === undefined) return parameterMissing('body', MESSAGES.bodyMissing)
  if (!profile) {
    const found = findOrCreateProfile(state, ctx, account.id, {
      phone: input.destination as string,
    })
    if (isResult(found)) return found
    profile = found
  }
  const text = template ? template.body : (input.body as string)
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
