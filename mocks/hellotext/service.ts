/**
 * Hellotext as the sandbox serves it: `https://api.hellotext.com`, `Authorization: Bearer <x>`
 * with two credentials — the private token (`ALK_…`) on private routes and the public Business ID
 * on the browser API (`/v1/track/*`, `/v1/public/*`). No rate limit: none is documented.
 *
 * @see shared/research/hellotext-reskyt.md A1 (hosts, credentials [DOC: APIREF; SDK]), A2 (rate
 * limits [UNK]); openapi/hellotext.yaml
 */
import hellotextDocument from '../../src/generated/hellotext.document.ts'
import { defineService } from '../sandbox/service-definition.ts'
import { ensureBusinessId, PRIVATE_SCOPE, PUBLIC_SCOPE, settingsView } from './account-settings.ts'
import { renderFailure } from './errors.ts'
import { seedHellotextFixtures } from './fixtures.ts'
import { routes } from './routes.ts'
import { createHellotextState, type HellotextState, hellotextPersistence } from './state.ts'

export const hellotextService = defineService<HellotextState>({
  name: 'hellotext',
  document: hellotextDocument,
  hosts: ['api.hellotext.com'],
  routes,
  // The docs' example token is `ALK_eSMRuwJ2Al...` [DOC]: the prefix and base62 body; 32 characters [INF].
  mintKey: (ids) => `ALK_${ids.alphanumeric(32)}`,
  readCredential(headers) {
    const header = headers.authorization
    if (header === undefined) return undefined
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim())
    return match ? (match[1] as string) : null
  },
  // A Business ID key has only `public`, so the engine refuses it on private routes (401).
  // The spec says which routes take the Business ID (`security: businessId`) instead of a token.
  scopeOf: (operation) =>
    operation.securitySchemes.includes('businessId') ? PUBLIC_SCOPE : PRIVATE_SCOPE,
  renderFailure,
  createState: createHellotextState,
  persistence: hellotextPersistence,
  // Every account gets its Business ID, the public browser API's credential, as it is created.
  prepareAccount: (account, accounts) => {
    ensureBusinessId(accounts, account)
  },
  readSettings: settingsView,
  seedFixtures: seedHellotextFixtures,
})
