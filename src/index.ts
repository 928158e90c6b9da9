/**
 * martech-sandbox: typed clients and JivoChat webhook helpers for Connectif, Hellotext, Reskyt
 * and JivoChat, and a client for the sandbox's admin API, derived from the OpenAPI documents in
 * `openapi/`. Loads no engine and no MSW:
 * the sandbox is `martech-sandbox/sandbox`, its MSW handlers `martech-sandbox/msw`.
 *
 * @module
 * @example
 * import { createConnectifClient } from 'martech-sandbox'
 * const connectif = createConnectifClient({ apiKey: 'keyId:keySecret' })
 * const { data, error } = await connectif.GET('/contacts/email/{email}', {
 *   params: { path: { email: 'ana@example.com' } },
 * })
 */

export type { AdminClient, AdminClientOptions } from './clients/admin.ts'
// Clients
export { createAdminClient } from './clients/admin.ts'
export type { ClientOptions } from './clients/client-options.ts'
export type { ConnectifClient, ConnectifClientOptions } from './clients/connectif.ts'
export { createConnectifClient } from './clients/connectif.ts'
export type { HellotextClient, HellotextClientOptions } from './clients/hellotext.ts'
export { createHellotextClient } from './clients/hellotext.ts'
export type {
  JivoCrmReply,
  JivoEventName,
  JivoEventOf,
  JivoWebhookEvent,
  ParseJivoWebhookResult,
} from './clients/jivochat.ts'
// JivoChat: the integrator receives, so these parse Jivo's webhooks and build the CRM's reply
export { crmReply, JivoWebhookError, parseJivoWebhook } from './clients/jivochat.ts'
export type { ReskytClient, ReskytClientOptions } from './clients/reskyt.ts'
export { createReskytClient, RESKYT_PUSH_PATH } from './clients/reskyt.ts'
export type { RetryOn429Options } from './clients/retry-on-429.ts'
export { createRetryingFetch, readRetryDelayMs } from './clients/retry-on-429.ts'
export type { SchemaIssue } from './openapi/schema-validator.ts'
