/**
 * `martech-sandbox/server`: the standalone sandbox over node:http, for embedding in your own
 * process (the CLI's `serve` is a thin shell over `startServer`).
 *
 * @module
 * @example
 * import { startServer } from 'martech-sandbox/server'
 * const server = await startServer({ port: 0 })
 * console.log(server.url, server.sandbox.defaultAccount.keys)
 * await server.close()
 */

export type { RequestListenerOptions } from './answer-request.ts'
export type { DashboardOptions } from './dashboard/serve-dashboard.ts'
export { loadFixtures } from './load-fixtures.ts'
export { createRequestListener } from './node-adapter.ts'
export type { OriginOptions, TrustProxy } from './public-origin.ts'
export type { RunningServer, StartServerOptions } from './start-server.ts'
export { AdminTokenRequiredError, startServer } from './start-server.ts'
export type { LocalTls } from './tls.ts'
export { DEFAULT_DATA_DIR, prepareLocalTls, sandboxHosts, trustInstructions } from './tls.ts'
