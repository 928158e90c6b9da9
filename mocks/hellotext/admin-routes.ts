/**
 * Hellotext's admin endpoints under `/__admin/hellotext/…`: what tests and QA read or set beside
 * the public API. Records are scoped by `accountId` (query or body; the default account when
 * left out). Lists are newest first.
 *
 * - `GET|PATCH /accounts/{id}/settings` — Business ID, tracking `generation`, `integrations`,
 *   `business` metadata overrides.
 * - `GET /events`, `GET /profiles/{id}/events`, `GET /sessions/{id}/events` — what tracking stored.
 * - `GET /sessions`, `POST /sessions` — sessions, and making one known as browser tracking would.
 * - `PATCH /messages/{id}`, `PATCH /templates/{id}` — move a message or template to another state.
 * - `GET /submissions`, `GET /identifications` — one-time codes and identification receipts.
 * - `POST /forms`, `POST /popups`, `POST /webchats` — widgets the API cannot create.
 */
import { adminError } from '../admin/handle-admin-request.ts'
import type { Account } from '../sandbox/accounts.ts'
import { json, type RouteResult } from '../sandbox/route-result.ts'
import type { AdminRequest } from '../sandbox/service-definition.ts'
import {
  ensureBusinessId,
  GENERATIONS,
  isGeneration,
  settingsOf,
  settingsView,
  TECHNOLOGIES,
  type Technology,
} from './account-settings.ts'
import { eventAdminView } from './events/events.ts'
import { messageResource } from './messages/messages.ts'
import { findProfile } from './profiles/profiles.ts'
import { findIn, newestFirst, type Owned } from './records.ts'
import { ensureSession, findSession, sessionResource } from './sessions/sessions.ts'
import type { HellotextState } from './state.ts'
import { templateResource } from './templates/templates.ts'

const MESSAGE_STATES = ['pending', 'routed', 'delivered', 'failed', 'received'] as const
const TEMPLATE_STATES = ['pending', 'approved', 'rejected'] as const

function updateSettings(account: Account, body: Record<string, unknown>): RouteResult {
  const { generation, integrations, business } = body
  const fail = (reason: string) =>
    adminError(400, `Failed to update "hellotext settings": ${reason}.`)
  if (generation !== undefined && !isGeneration(generation))
    return fail(`generation must be one of ${GENERATIONS.map((g) => `"${g}"`).join(', ')}`)
  if (
    integrations !== undefined &&
    (!Array.isArray(integrations) ||
      integrations.some((t) => !TECHNOLOGIES.includes(t as Technology)))
  )
    return fail(`integrations must be an array of ${TECHNOLOGIES.join(', ')}`)
  if (business !== undefined && (typeof business !== 'object' || business === null))
    return fail('business must be an object')
  const settings = settingsOf(account)
  if (generation !== undefined) settings.generation = generation
  if (integrations !== undefined) settings.integrations = integrations as Technology[]
  if (business !== undefined)
    settings.business = { ...settings.business, ...(business as Record<string, unknown>) }
  return json(200, settingsView(account))
}

/** A new record for a widget table, with the given id or a fresh one. */
function widgetBase(
  request: AdminRequest,
  state: HellotextState,
  accountId: string,
  taken: (id: string) => boolean,
): Owned | RouteResult {
  const id = request.body.id ?? request.sandbox.ids.alphanumeric(8)
  if (typeof id !== 'string' || !/^[A-Za-z0-9]{8}$/.test(id))
    return adminError(400, 'Failed to create "hellotext widget": id must be 8 letters or digits.')
  if (taken(id)) return adminError(409, `Failed to create "hellotext widget": id ${id} is taken.`)
  return { accountId, id, seq: state.nextSeq() }
}

export function hellotextAdminRoutes(
  request: AdminRequest,
  state: HellotextState,
): RouteResult | undefined {
  const { method, path, query, body, sandbox } = request
  const settingsMatch = /^\/accounts\/([^/]+)\/settings$/.exec(path)
  if (settingsMatch) {
    const accountId = decodeURIComponent(settingsMatch[1] as string)
    const account = sandbox.accounts.get(accountId)
    if (!account) return adminError(404, `Failed to find "account ${accountId}": no such account.`)
    ensureBusinessId(sandbox.accounts, account)
    if (method === 'GET') return json(200, settingsView(account))
    if (method === 'PATCH') return updateSettings(account, body)
    return undefined
  }
  const accountId =
    query.get('accountId') ??
    (typeof body.accountId === 'string' ? body.accountId : sandbox.defaultAccount.account.id)
  const account = sandbox.accounts.get(accountId)
  if (!account) return adminError(404, `Failed to find "account ${accountId}": no such account.`)
  const route = `${method} ${path}`
  const events = (where?: (e: { profile: string | null; session: string | null }) => boolean) =>
    json(200, { events: newestFirst(state.events, accountId, where).map(eventAdminView) })

  if (route === 'GET /events') return events()
  const ofProfile = /^GET \/profiles\/([^/]+)\/events$/.exec(route)
  if (ofProfile) {
    const id = decodeURIComponent(ofProfile[1] as string)
    if (!findProfile(state, accountId, id))
      return adminError(404, `Failed to find "profile ${id}": no such profile in ${accountId}.`)
    return events((e) => e.profile === id)
  }
  const ofSession = /^GET \/sessions\/([^/]+)\/events$/.exec(route)
  if (ofSession) {
    const id = decodeURIComponent(ofSession[1] as string)
    if (!findSession(state, accountId, id))
      return adminError(404, `Failed to find "session ${id}": no such session in ${accountId}.`)
    return events((e) => e.session === id)
  }
  if (route === 'GET /sessions')
    return json(200, { sessions: newestFirst(state.sessions, accountId).map(sessionResource) })
  if (route === 'POST /sessions') {
    const id = body.id ?? sandbox.ids.uuid()
    if (typeof id !== 'string' || id === '')
      return adminError(400, 'Failed to create "hellotext session": id must be a string.')
    const known = findSession(state, accountId, id)
    const session = known ?? ensureSession(state, accountId, id, sandbox.clock.now())
    return json(known ? 200 : 201, sessionResource(session))
  }
  const stateChange = /^PATCH \/(messages|templates)\/([^/]+)$/.exec(route)
  if (stateChange) {
    const [, kind, rawId] = stateChange
    const id = decodeURIComponent(rawId as string)
    const allowed: readonly string[] = kind === 'messages' ? MESSAGE_STATES : TEMPLATE_STATES
    if (!allowed.includes(body.state as string))
      return adminError(
        400,
        `Failed to update "${kind} ${id}": state must be one of ${allowed.join(', ')}.`,
      )
    if (kind === 'messages') {
      const message = findIn(state.messages, accountId, id)
      if (!message) return adminError(404, `Failed to find "message ${id}": no such message.`)
      const updated = state.messages.update(message, (m) => ({ ...m, state: body.state as never }))
      return json(200, messageResource(updated))
    }
    const template = findIn(state.templates, accountId, id)
    if (!template) return adminError(404, `Failed to find "template ${id}": no such template.`)
    const updated = state.templates.update(template, (t) => ({ ...t, state: body.state as never }))
    return json(200, templateResource(updated))
  }
  if (route === 'GET /submissions') {
    return json(200, {
      submissions: newestFirst(state.submissions, accountId).map(
        ({ accountId: _a, seq: _s, ...submission }) => submission,
      ),
    })
  }
  if (route === 'GET /identifications') {
    return json(200, {
      identifications: newestFirst(state.identifications, accountId).map(
        ({ accountId: _a, seq: _s, ...identification }) => ({
          receipt: identification.id,
          ...identification,
        }),
      ),
    })
  }
  if (route === 'POST /forms') {
    const base = widgetBase(
      request,
      state,
      accountId,
      (id) => findIn(state.instances, accountId, id) !== undefined,
    )
    if ('status' in base) return base
    const { id: _id, accountId: _a, ...values } = body
    const form = state.instances.insert({
      ...base,
      type: 'form',
      values,
      created_at: Math.floor(sandbox.clock.now() / 1000),
    })
    return json(201, { id: form.id, ...form.values })
  }
  if (route === 'POST /popups') {
    if (typeof body.html !== 'string')
      return adminError(400, 'Failed to create "hellotext popup": html must be a string.')
    const base = widgetBase(
      request,
      state,
      accountId,
      (id) => findIn(state.popups, accountId, id) !== undefined,
    )
    if ('status' in base) return base
    const popup = state.popups.insert({
      ...base,
      html: body.html,
      locale: typeof body.locale === 'string' ? body.locale : 'es',
    })
    return json(201, { id: popup.id, html: popup.html, locale: popup.locale })
  }
  if (route === 'POST /webchats') {
    const base = widgetBase(
      request,
      state,
      accountId,
      (id) => findIn(state.webchats, accountId, id) !== undefined,
    )
    if ('status' in base) return base
    return json(201, { id: state.webchats.insert(base).id })
  }
  return undefined
}
