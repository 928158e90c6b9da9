/**
 * Connectif's admin endpoints under `/__admin/connectif/…`: what QA and tests read or set beside
 * the public API (the account's authorized domains, outbound events, import error reports, export
 * files).
 */
import { adminError } from '../admin/handle-admin-request.ts'
import { json, type RouteResult } from '../sandbox/route-result.ts'
import type { AdminRequest } from '../sandbox/service-definition.ts'
import { settingsOf } from './account-settings.ts'
import { exportsAdminRoutes } from './exports-admin.ts'
import { importsAdminRoutes } from './imports-admin.ts'
import { outboundAdminRoutes } from './outbound-admin.ts'
import type { ConnectifState } from './state.ts'

export async function connectifAdminRoutes(
  request: AdminRequest,
  state: ConnectifState,
): Promise<RouteResult | undefined> {
  if (request.path.startsWith('/outbound')) return outboundAdminRoutes(request, state)
  if (request.path.startsWith('/exports/')) return exportsAdminRoutes(request, state)
  if (request.path.startsWith('/imports/')) return importsAdminRoutes(request, state)
  const settingsMatch = /^\/accounts\/([^/]+)\/settings$/.exec(request.path)
  if (settingsMatch) {
    const accountId = decodeURIComponent(settingsMatch[1] as string)
    const account = request.sandbox.accounts.get(accountId)
    if (!account) return adminError(404, `Failed to find "account ${accountId}": no such account.`)
    const settings = settingsOf(account)
    if (request.method === 'GET') return json(200, settings)
    if (request.method === 'PATCH') {
      const { allowedDomains, store } = request.body
      if (
        allowedDomains !== undefined &&
        (!Array.isArray(allowedDomains) || allowedDomains.some((d) => typeof d !== 'string'))
      ) {
        return adminError(
          400,
          'Failed to update "connectif settings": allowedDomains must be an array of strings.',
        )
      }
      if (store !== undefined && (typeof store !== 'object' || store === null))
        return adminError(400, 'Failed to update "connectif settings": store must be an object.')
      if (allowedDomains) settings.allowedDomains = allowedDomains as string[]
      if (store) Object.assign(settings.store, store)
      account.settings.connectif = { ...settings }
      return json(200, settings)
    }
  }
  return undefined
}
