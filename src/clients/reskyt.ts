/**
 * Typed client for the Reskyt push APIs, generated from `openapi/reskyt.yaml`: the JSON API that
 * Connectif's outbound event calls (`x-api-key`) and the legacy form API (`POST /api/push`).
 *
 * @example
 * const reskyt = createReskytClient({ apiKey: 'rk_…' })
 * const { data, error } = await reskyt.POST(RESKYT_PUSH_PATH, {
 *   body: { title: 'Your cart misses you', tokens: ['device-token-1'] },
 * })
 */
import type { Client } from 'openapi-fetch'
import { reskytOperations } from '../generated/operations.ts'
import type { paths } from '../generated/reskyt.ts'
import { reskytServerUrl } from '../generated/servers.ts'
import { type ClientOptions, createServiceClient } from './client-options.ts'

export interface ReskytClientOptions extends ClientOptions {
  /** The app's push API key, sent as `x-api-key`. The legacy form API ignores it. */
  apiKey: string
}

export type ReskytClient = Client<paths>

/**
 * Path of the JSON push API. Reskyt does not publish it; the spec's choice (marked inferred)
 * is read from the generated operation map so it lives in one place.
 */
export const RESKYT_PUSH_PATH = reskytOperations.sendPush.path

export function createReskytClient(options: ReskytClientOptions): ReskytClient {
  return createServiceClient<paths>(options, reskytServerUrl, { 'x-api-key': options.apiKey })
}
