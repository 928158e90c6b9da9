/**
 * Typed client for the Hellotext REST API, generated from `openapi/hellotext.yaml`.
 *
 * @example
 * const hellotext = createHellotextClient({ token: 'sk_live_…' })
 * const { data, error } = await hellotext.POST('/v1/attribution/events', {
 *   body: { action: 'product.purchased', product: 'vxqQJ3Yg', profile: 'Xe7kD9aQ' },
 * })
 * if (error) console.error(error.errors)
 */
import type { Client } from 'openapi-fetch'
import type { paths } from '../generated/hellotext.ts'
import { hellotextServerUrl } from '../generated/servers.ts'
import { type ClientOptions, createServiceClient } from './client-options.ts'

export interface HellotextClientOptions extends ClientOptions {
  /** The business's API token, sent as `Authorization: Bearer <token>`. */
  token: string
}

export type HellotextClient = Client<paths>

export function createHellotextClient(options: HellotextClientOptions): HellotextClient {
  return createServiceClient<paths>(options, hellotextServerUrl, {
    Authorization: `Bearer ${options.token}`,
  })
}
