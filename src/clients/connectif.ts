/**
 * Typed client for the Connectif REST API, generated from `openapi/connectif.yaml`.
 *
 * @example
 * const connectif = createConnectifClient({ apiKey: 'keyId:keySecret' })
 * const { data, error } = await connectif.PATCH('/contacts/email/{email}', {
 *   params: { path: { email: 'ana@example.com' } },
 *   body: { _name: 'Ana', 'reskyt-token': 'device-token-1' },
 * })
 * if (error) console.error(error.detail)
 */
import type { Client } from 'openapi-fetch'
import type { paths } from '../generated/connectif.ts'
import { connectifServerUrl } from '../generated/servers.ts'
import { type ClientOptions, createServiceClient } from './client-options.ts'

export interface ConnectifClientOptions extends ClientOptions {
  /** The API key as Connectif's "copy" button gives it: `keyId:keySecret`. */
  apiKey: string
}

export type ConnectifClient = Client<paths>

export function createConnectifClient(options: ConnectifClientOptions): ConnectifClient {
  return createServiceClient<paths>(options, connectifServerUrl, {
    Authorization: `apiKey ${options.apiKey}`,
  })
}
