/**
 * Connectif as the sandbox serves it: `https://api.connectif.cloud`, `Authorization: apiKey
 * keyId:secret`, 100 requests a minute per account with `X-RateLimit-*` on every response.
 *
 * @see shared/research/connectif.md §1 (auth [DOC]), §2 (rate limit [DOC]), §3.2 (errors [DOC])
 */
import connectifDocument from '../../src/generated/connectif.document.ts'
import { defineService } from '../sandbox/service-definition.ts'
import { settingsOf } from './account-settings.ts'
import { prepareWebChannel } from './browser/web-settings.ts'
import { renderFailure } from './errors.ts'
import { catchUpExports } from './exports/exports.ts'
import { seedConnectifFixtures } from './fixtures.ts'
import { playImportsForward } from './imports/run-imports.ts'
import { routes } from './routes.ts'
import { scopeOf } from './scopes.ts'
import { type ConnectifState, connectifPersistence, createConnectifState } from './state.ts'

const MB = 1024 * 1024

/** Operations with their own documented body limits; everything else takes up to 50 MB. */
const BODY_LIMITS: Record<string, number> = {
  createImport: 50 * MB, // "Maximum allowed size is 50Mb" [DOC]
  createCustomEventByAlias: 512 * 1024, // "event ≤ 512 KB" [DOC: support 360014532280]
  createCustomEventById: 512 * 1024,
}

export const connectifService = defineService<ConnectifState>({
  name: 'connectif',
  document: connectifDocument,
  // The REST API, the CDN (client script, Service Worker) and the shards browsers notify.
  hosts: ['api.connectif.cloud', 'cdn.connectif.cloud', '*-api.connectif.cloud'],
  routes,
  // Key Id (24 hex, like Connectif's ids) and Key Secret, joined by ":" as the UI's copy button does.
  mintKey: (ids) => `${ids.objectId()}:${ids.alphanumeric(32)}`,
  // The API key is `{keyId}:{keySecret}` [DOC: AUTH]; the copy button yields it so.
  keyProblem: (key) =>
    /^[^:\s]+:[^:\s]+$/.test(key) ? undefined : 'must be keyId:keySecret, as Connectif issues it',
  readCredential(headers) {
    const header = headers.authorization
    if (header === undefined) return undefined
    const match = /^apiKey\s+(\S+)$/.exec(header.trim())
    return match ? (match[1] as string) : null
  },
  scopeOf,
  defaultRateLimit: 100,
  rateLimitHeaders: (verdict) => ({
    'X-RateLimit-Limit': String(verdict.limit),
    'X-RateLimit-Remaining': String(verdict.remaining),
    // Epoch seconds, as the documented example value reads [INF].
    'X-RateLimit-Reset': String(Math.ceil(verdict.resetAt / 1000)),
  }),
  maxBodyBytes: (operation) => BODY_LIMITS[operation.operationId] ?? 50 * MB,
  // Imports and exports move with the sandbox clock; play them forward before any route answers.
  beforeRoute(ctx, state) {
    // No job in the sandbox, the common request: nothing to play forward, no promise to wait on.
    if (state.imports.size === 0 && state.exports.size === 0) return
    return (async () => {
      await playImportsForward(state, ctx.account, ctx.now, ctx.ids)
      catchUpExports(state, ctx.account.id, ctx.now)
    })()
  },
  renderFailure,
  createState: createConnectifState,
  persistence: connectifPersistence,
  readSettings: settingsOf,
  // Every account's web client id opens its browser endpoints (the client script, notifications).
  prepareAccount: prepareWebChannel,
  seedFixtures: seedConnectifFixtures,
})
