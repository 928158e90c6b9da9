/**
 * `martech-sandbox/msw`: MSW handlers for the sandbox.
 *
 * @module
 * @example
 * // Zero-config: one default sandbox for the whole test process.
 * import { handlers, sandbox } from 'martech-sandbox/msw'
 * import { setupServer } from 'msw/node'
 * const server = setupServer(...handlers)
 * beforeAll(() => server.listen())
 * afterEach(() => sandbox.reset())
 * afterAll(() => server.close())
 */
import { createSandbox } from '../create-sandbox.ts'
import { createHandlers } from './create-handlers.ts'

/** The default sandbox behind `handlers`: reset it between tests; read its keys from `defaultAccount`. */
export const sandbox = createSandbox()
/** Handlers of the default sandbox, matching the real hosts (`https://api.connectif.cloud`, …). */
export const handlers = createHandlers(sandbox)

export type { Sandbox, SandboxOptions, ServiceName } from '../create-sandbox.ts'
export { createSandbox } from '../create-sandbox.ts'
export { createHandlers }
