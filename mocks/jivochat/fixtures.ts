/**
 * JivoChat data in a fixture file (`martech-sandbox serve --seed`): the reference CRM's `users`
 * and `contacts`, in the shapes `POST /__admin/jivochat/crm/users|contacts` take. The CRM is one
 * per sandbox (Jivo sends no credential), so the account the data sits under does not matter.
 *
 * ```json
 * { "accounts": [{ "name": "default", "jivochat": {
 *   "users": [{ "login": "ivan@shop.example", "name": "Ivan Sidorov" }],
 *   "contacts": [{ "name": "Ana López", "email": "ana@example.com", "lifetimeValue": 1240 }]
 * } }] }
 * ```
 */
import type { Account } from '../sandbox/accounts.ts'
import { SandboxError } from '../sandbox/sandbox-error.ts'
import { seedContact, seedUser } from './crm/seed-records.ts'
import type { JivochatState } from './state.ts'

const invalid = (reason: string) => new SandboxError(400, reason)

const SEEDED_AT = '2026-01-01T00:00:00.000Z'

export function seedJivochatFixtures(state: JivochatState, _account: Account, data: unknown): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw invalid('expected an object with users and contacts')
  const { users, contacts, ...rest } = data as { users?: unknown; contacts?: unknown }
  const unknown = Object.keys(rest)
  if (unknown.length) throw invalid(`unknown key "${unknown[0]}" (expected users, contacts)`)
  for (const [field, list] of [
    ['users', users],
    ['contacts', contacts],
  ] as const) {
    if (list === undefined) continue
    if (!Array.isArray(list)) throw invalid(`"${field}" must be an array`)
    for (const [index, item] of list.entries()) {
      try {
        if (typeof item !== 'object' || item === null) throw invalid('must be an object')
        if (field === 'users') seedUser(state.crm, item)
        else seedContact(state.crm, item, SEEDED_AT)
      } catch (error) {
        throw invalid(`${field}[${index}]: ${(error as Error).message}`)
      }
    }
  }
}
