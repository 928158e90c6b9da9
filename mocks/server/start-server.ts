/**
 * Starts the standalone sandbox: the same route tables over node:http, with the admin API under
 * `/__admin`. Binds 127.0.0.1 by default; port 0 picks a free one.
 *
 * @example
 * const server = await startServer({ port: 0 })
 * console.log(server.url) // http://127.0.0.1:41234
 * await server.close()
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createSandbox, type Sandbox, type SandboxOptions } from '../create-sandbox.ts'
import { createRequestListener } from './node-adapter.ts'

export interface StartServerOptions extends SandboxOptions {
  /** @default 4010 */
  port?: number
  /** @default '127.0.0.1' */
  host?: string
  /** Serve this sandbox instead of a new one. */
  sandbox?: Sandbox
}

export interface RunningServer {
  url: string
  port: number
  host: string
  sandbox: Sandbox
  close(): Promise<void>
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  const sandbox = options.sandbox ?? createSandbox(options)
  const server = createServer({ keepAliveTimeout: 5_000 }, createRequestListener(sandbox))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${shownHost}:${port}`,
    port,
    host,
    sandbox,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
