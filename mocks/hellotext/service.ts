/**
 * Hellotext as the sandbox serves it: `https://api.hellotext.com`, `Authorization: Bearer <x>`
 * with two credentials — the private token (`ALK_…`) on private routes and the public Business ID
 * on the browser API (`/v1/track/*`, `/v1/public/*`). No rate limit: none is documented.
 *
 * @see shared/research/hellotext-reskyt.md A1 (hosts, credentials [DOC: APIREF; SDK]), A2 (rate
 * limits [UNK]); openapi/hellotext.yaml
 */
import hellotextDocument from '../../src/generated/hellotext.document.ts'
import { defineService, legacyRoutes } from '../sandbox/service-definition.ts'
import { ensureBusinessId, PRIVATE_SCOPE, PUBLIC_SCOPE } from './account-settings.ts'
import { hellotextAdminRoutes } from './admin-routes.ts'
import { renderFailure } from './errors.ts'
import { seedHellotextFixtures } from './fixtures.ts'
import { routes } from './routes.ts'
import { createHellotextState, type HellotextState } from './state.ts'

/** The browser API, whose bearer is the Business ID [SDK: JS, WP, IOS]. */

export const hellotextService = defineService<HellotextState>({
  name: 'hellotext',
  document: hellotextDocument,
  hosts: ['api.hellotext.com'],
  routes: legacyRoutes(routes),
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
  createState(core) {
    const state = createHellotextState(core)
    // The accounts that exist now (the default one) get their Business ID at once; later ones
    // on their first private call, fixture load or admin settings read.
    for (const { account } of core.accounts.list()) ensureBusinessId(core, account)
    return state
  },
  seedFixtures: seedHellotextFixtures,
  adminRoutes: hellotextAdminRoutes,
})
