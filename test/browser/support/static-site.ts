/**
 * A shop's own origin for browser tests: a node:http server on 127.0.0.1 (a secure context, so
 * Service Workers register) serving fixed files by path. Stops itself after the file's tests.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface SiteFile {
  type: string
  body: string | Uint8Array
}

export interface StaticSite {
  /** `http://127.0.0.1:<port>` */
  origin: string
  /** Adds or replaces a file. */
  put(path: string, file: SiteFile): void
  close(): Promise<void>
}

export async function startStaticSite(files: Record<string, SiteFile> = {}): Promise<StaticSite> {
  const served = new Map(Object.entries(files))
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] as string
    const file = served.get(path)
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no ${path} on this site`)
      return
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    put: (path, file) => void served.set(path, file),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

export const html = (body: string): SiteFile => ({ type: 'text/html; charset=utf-8', body })
export const javascript = (body: string): SiteFile => ({ type: 'text/javascript', body })
