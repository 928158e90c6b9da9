/**
 * The sandbox's own pages, on the server's origin: the dashboard at `/` (its script, styles and
 * nothing else under `/__dashboard/`) and the API reference at `/docs` (`/docs/<service>` for one
 * document, `/docs/openapi/<service>.json` for the document itself, its servers pointing at the
 * origin the browser called, so "try it" reaches this sandbox). Everything comes from the built
 * assets directory (`npm run build` writes `dist/dashboard/`); nothing is fetched from elsewhere.
 *
 * @example
 * const dashboard = createDashboard(sandbox, { assetsDir: 'dist/dashboard' })
 * if (isDashboardPath(pathname)) return dashboard(method, pathname, headers, origin)
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Sandbox } from '../../create-sandbox.ts'
import type { RouteResult } from '../../sandbox/route-result.ts'
import { answerAsset, prepareAsset, type StaticAsset } from './static-assets.ts'

export interface DashboardOptions {
  /**
   * Where the built pages are (`index.html`, `dashboard.js`, …). By default the package's
   * `dist/dashboard/`, which `npm run build` writes.
   */
  assetsDir?: string
}

/** The files a build writes, by the name they are served under `/__dashboard/`. */
export const DASHBOARD_FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'docs.html': 'text/html; charset=utf-8',
  'dashboard.js': 'text/javascript; charset=utf-8',
  'dashboard.css': 'text/css; charset=utf-8',
  'docs.js': 'text/javascript; charset=utf-8',
  'scalar.js': 'text/javascript; charset=utf-8',
}

/**
 * Whether the server answers `pathname` with a page or asset rather than a service: also what the
 * admin token guards besides `/__admin` (admin-access.ts), so a new page is never left open.
 */
export function isDashboardPath(pathname: string): boolean {
  return (
    pathname === '/' ||
    pathname === '/docs' ||
    pathname.startsWith('/docs/') ||
    pathname === '/__dashboard' ||
    pathname.startsWith('/__dashboard/')
  )
}

/**
 * The built assets, `dist/dashboard/` of the package this module belongs to: found by walking up
 * from this module, so it holds for the compiled entries (`dist/mocks/server/…`), the bundled CLI
 * (`dist/cli/…`) and the sources in the repository. Undefined when nothing was built.
 */
export function findDashboardAssets(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'dist', 'dashboard')
    if (existsSync(join(candidate, 'dashboard.js'))) return candidate
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return undefined
}

export type DashboardHandler = (
  method: string,
  pathname: string,
  headers: Record<string, string>,
  origin: string,
) => RouteResult

export function createDashboard(
  sandbox: Sandbox,
  options: DashboardOptions = {},
): DashboardHandler {
  const found = options.assetsDir ?? findDashboardAssets()
  // A directory without the built pages is as good as none: say so instead of failing per file.
  const assetsDir = found !== undefined && existsSync(join(found, 'index.html')) ? found : undefined
  const assets = new Map<string, StaticAsset>()
  const asset = (name: string): StaticAsset | undefined => {
    const type = DASHBOARD_FILES[name]
    if (!type || assetsDir === undefined) return undefined
    let prepared = assets.get(name)
    if (!prepared) {
      prepared = prepareAsset(type, readFileSync(join(assetsDir, name)))
      assets.set(name, prepared)
    }
    return prepared
  }
  const documents = documentsOf(sandbox)
  // A document with its servers at one origin; a server is reached at one or two origins.
  const served = new Map<string, StaticAsset>()
  const document = (name: string, origin: string): StaticAsset | undefined => {
    const found = documents.get(name)
    if (!found) return undefined
    const key = `${origin} ${name}`
    let prepared = served.get(key)
    if (!prepared) {
      const text = JSON.stringify({
        ...found.document,
        servers: [{ url: `${origin}${found.prefix}`, description: 'This sandbox' }],
      })
      prepared = prepareAsset('application/json; charset=utf-8', Buffer.from(text))
      served.set(key, prepared)
    }
    return prepared
  }

  return function answerDashboard(method, pathname, headers, origin) {
    if (method !== 'GET' && method !== 'HEAD')
      return failure(405, `${method} ${pathname} is not served; the pages take GET`, {
        allow: 'GET, HEAD',
      })
    if (assetsDir === undefined)
      return failure(
        503,
        `the dashboard is not built: run \`npm run build\` (it writes dist/dashboard/)`,
      )
    const page = pageOf(pathname, documents)
    const answer =
      page !== undefined
        ? asset(page)
        : pathname.startsWith('/docs/openapi/') && pathname.endsWith('.json')
          ? document(pathname.slice('/docs/openapi/'.length, -'.json'.length), origin)
          : pathname.startsWith('/__dashboard/')
            ? asset(pathname.slice('/__dashboard/'.length))
            : undefined
    if (!answer) return failure(404, `no page or asset at "${pathname}"`)
    return answerAsset(answer, method, headers)
  }
}

/** The HTML page a path shows: the dashboard, or the API reference (of one document). */
function pageOf(pathname: string, documents: ReadonlyMap<string, unknown>): string | undefined {
  if (pathname === '/') return 'index.html'
  if (pathname === '/docs' || pathname === '/docs/') return 'docs.html'
  const name = pathname.slice('/docs/'.length)
  return pathname.startsWith('/docs/') && documents.has(name) ? 'docs.html' : undefined
}

/** Each service's document and where the server serves it (`/connectif`), plus the admin API's. */
function documentsOf(sandbox: Sandbox) {
  const documents = new Map<string, { document: object; prefix: string }>()
  for (const [name, runtime] of sandbox.core.services)
    documents.set(name, { document: runtime.definition.document, prefix: `/${name}` })
  const admin = sandbox.core.admin
  if (admin) documents.set('admin', { document: admin.definition.document, prefix: '/__admin' })
  return documents
}

function failure(status: number, reason: string, headers?: Record<string, string>): RouteResult {
  return {
    status,
    headers: { 'cache-control': 'no-store', ...headers },
    body: { error: `[martech-sandbox] Failed to serve the dashboard: ${reason}.` },
  }
}
