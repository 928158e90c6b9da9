/** Small pieces several Connectif routes use: list pages and authorized domains. */

/** What a list route reads to page: its `limit`/`offset` query and where the client reached it. */
export interface PageRequest {
  query: { limit?: number; offset?: number }
  baseUrl: string
}

/**
 * One page of a list, shaped `{ links: { next?, prev? }, results }` [DOC], paged by `limit` and
 * `offset` [INF: shared/research/connectif.md §3.5], with absolute links.
 */
export function listPage<T>(ctx: PageRequest, path: string, items: T[]) {
  const limit = ctx.query.limit ?? 20
  const offset = ctx.query.offset ?? 0
  const link = (at: number) => `${ctx.baseUrl}${path}?limit=${limit}&offset=${at}`
  const links: { next?: string; prev?: string } = {}
  if (offset + limit < items.length) links.next = link(offset + limit)
  if (offset > 0) links.prev = link(Math.max(0, offset - limit))
  return { links, results: items.slice(offset, offset + limit) }
}

/** True when `url` belongs to one of `allowed` (scheme + host, as in `http://www.mysite.com`). */
export function isAuthorizedUrl(url: string, allowed: string[]): boolean {
  if (allowed.length === 0) return true
  let host: string
  try {
    host = new URL(url).host
  } catch {
    return false
  }
  return allowed.some((domain) => {
    try {
      return new URL(domain.includes('://') ? domain : `https://${domain}`).host === host
    } catch {
      return false
    }
  })
}
