/**
 * Typed client for the sandbox's admin API, generated from `openapi/admin.yaml`: accounts and
 * their settings, the clock, fault rules, the request journal, reset, and each service's admin
 * endpoints. Point it at the server (`/__admin`), or, in process, at any service base URL's
 * `/__admin`; give `token` when the server requires its admin token (a shared `serve`).
 *
 * @example
 * const admin = createAdminClient() // http://127.0.0.1:4010/__admin
 * await admin.POST('/clock', { body: { freeze: '2026-01-01T00:00:00Z' } })
 * const { data } = await admin.GET('/requests', { params: { query: { service: 'connectif', status: 429 } } })
 */
import type { Client } from 'openapi-fetch'
import type { paths } from '../generated/admin.ts'
import { adminServerUrl } from '../generated/servers.ts'
import { type ClientOptions, createServiceClient } from './client-options.ts'

export interface AdminClientOptions extends Omit<ClientOptions, 'retryOn429'> {
  /** The admin token a shared server requires, sent as `Authorization: Bearer <token>`. */
  token?: string
}

export type AdminClient = Client<paths>

export function createAdminClient(options: AdminClientOptions = {}): AdminClient {
  const credential: Record<string, string> =
    options.token === undefined ? {} : { Authorization: `Bearer ${options.token}` }
  return createServiceClient<paths>(options, adminServerUrl, credential)
}
