/**
 * The reference CRM's records over the admin API, under `/__admin/jivochat/crm/…`: list leads,
 * contacts, tasks, transcripts, calls and users; open one contact or lead (where `crm_link`
 * points); add users and contacts; change the default manager. `POST /__admin/reset` empties it.
 */
import { adminError } from '../../admin/handle-admin-request.ts'
import { json, type RouteResult } from '../../sandbox/route-result.ts'
import type { AdminRequest } from '../../sandbox/service-definition.ts'
import { seedContact, seedUser } from './seed-records.ts'
import { type CrmState, emailKey, phoneKey } from './state.ts'

const COLLECTIONS = ['leads', 'contacts', 'tasks', 'transcripts', 'calls', 'users'] as const
type Collection = (typeof COLLECTIONS)[number]

export function crmAdminRoutes(request: AdminRequest, state: CrmState): RouteResult | undefined {
  const { method, path, query, body, sandbox } = request
  const now = new Date(sandbox.clock.now()).toISOString()
  const [, name, id] = /^\/crm\/([a-z]+)(?:\/([^/]+))?\/?$/.exec(path) ?? []
  if (path === '/crm/settings') {
    if (method === 'PATCH') {
      const login = body.defaultManagerLogin
      const userId =
        typeof login === 'string' ? state.index.userByLogin.get(emailKey(login)) : undefined
      if (!userId)
        return adminError(
          400,
          'Failed to update "jivochat crm settings": defaultManagerLogin must be the login of a CRM user.',
        )
      state.settings.defaultManagerId = userId
    }
    if (method === 'GET' || method === 'PATCH') {
      const manager = state.users.get(state.settings.defaultManagerId)
      return json(200, { defaultManagerLogin: manager?.login })
    }
    return undefined
  }
  if (!name || !(COLLECTIONS as readonly string[]).includes(name)) return undefined
  const collection = name as Collection
  if (method === 'GET' && id !== undefined) {
    const record = state[collection].get(decodeURIComponent(id))
    return record
      ? json(200, record)
      : adminError(
          404,
          `Failed to find "${collection.slice(0, -1)} ${id}": no such record in the reference CRM.`,
        )
  }
  if (method === 'GET') return json(200, { [collection]: list(state, collection, query) })
  if (
    method === 'POST' &&
    id === undefined &&
    (collection === 'users' || collection === 'contacts')
  ) {
    try {
      return json(
        201,
        collection === 'users' ? seedUser(state, body) : seedContact(state, body, now),
      )
    } catch (error) {
      return adminError(
        400,
        `Failed to add "jivochat crm ${collection.slice(0, -1)}": ${(error as Error).message}.`,
      )
    }
  }
  return undefined
}

/** A collection, oldest first, narrowed by `?email=`, `?phone=` or `?chatId=` where they apply. */
function list(state: CrmState, collection: Collection, query: URLSearchParams): unknown[] {
  const email = query.get('email')
  const phone = query.get('phone')
  const chatId = query.get('chatId')
  const records = [...state[collection].values()] as unknown as Array<Record<string, unknown>>
  return records.filter((record) => {
    if (email !== null) {
      const emails = (record.emails as string[] | undefined) ?? [record.email as string]
      if (!emails.some((e) => e && emailKey(e) === emailKey(email))) return false
    }
    if (phone !== null) {
      const phones = (record.phones as string[] | undefined) ?? [record.phone as string]
      if (!phones.some((p) => p && phoneKey(p) === phoneKey(phone))) return false
    }
    if (
      chatId !== null &&
      record.chatId !== chatId &&
      !(record.chatIds as string[] | undefined)?.includes(chatId)
    )
      return false
    return true
  })
}
