/**
 * Reskyt's admin endpoints under `/__admin/reskyt/…`: the outbox (list, filter by device token,
 * clear), the devices an account's app knows, and whether an account's push API is activated.
 */
import { adminError } from '../admin/handle-admin-request.ts'
import { json, noContent, type RouteResult } from '../sandbox/route-result.ts'
import type { AdminRequest } from '../sandbox/service-definition.ts'
import { settingsOf } from './account-settings.ts'
import { type DeliveryState, deliveryStateAt } from './push/outbox.ts'
import type { ReskytState } from './state.ts'

const STATES: DeliveryState[] = ['queued', 'delivered', 'expired', 'unknown-token']

export function reskytAdminRoutes(
  request: AdminRequest,
  state: ReskytState,
): RouteResult | undefined {
  const { method, path, query, body, sandbox } = request
  const now = sandbox.clock.now()
  if (path === '/outbox' && method === 'GET') {
    const wanted = query.get('state')
    if (wanted !== null && !STATES.includes(wanted as DeliveryState)) {
      return adminError(
        400,
        `Failed to filter "outbox": state must be one of ${STATES.join(', ')}.`,
      )
    }
    const pushes = state.outbox
      .findMany((q) =>
        q.where((entry) =>
          [
            query.get('token') === null || entry.token === query.get('token'),
            query.get('accountId') === null || entry.accountId === query.get('accountId'),
            query.get('source') === null || entry.source === query.get('source'),
          ].every(Boolean),
        ),
      )
      .map((entry) => ({
        ...entry,
        acceptedAt: new Date(entry.acceptedAt).toISOString(),
        deliveryState: deliveryStateAt(entry, now),
      }))
      .filter((entry) => wanted === null || entry.deliveryState === wanted)
      .reverse()
    return json(200, { pushes })
  }
  if (path === '/outbox' && method === 'DELETE') {
    const accountId = query.get('accountId')
    if (accountId === null) state.outbox.clear()
    else state.outbox.deleteMany((q) => q.where({ accountId }))
    return noContent()
  }
  if (path === '/devices' && method === 'GET') {
    const accountId = query.get('accountId')
    return json(200, {
      devices: state.devices.findMany(
        accountId === null ? undefined : (q) => q.where({ accountId }),
      ),
    })
  }
  if (path === '/devices' && method === 'POST') {
    const accountId =
      typeof body.accountId === 'string' ? body.accountId : sandbox.defaultAccount.account.id
    if (!sandbox.accounts.get(accountId))
      return adminError(404, `Failed to register "device": no account ${accountId}.`)
    if (typeof body.token !== 'string' || body.token === '')
      return adminError(400, 'Failed to register "device": token must be a non-empty string.')
    if (body.platform !== undefined && body.platform !== 'android' && body.platform !== 'ios') {
      return adminError(400, 'Failed to register "device": platform must be "android" or "ios".')
    }
    const existing = state.devices.findFirst((q) =>
      q.where({ accountId, token: body.token as string }),
    )
    if (existing) return json(200, existing)
    return json(
      201,
      state.devices.insert({
        accountId,
        token: body.token,
        ...(body.platform ? { platform: body.platform as 'android' | 'ios' } : {}),
        registeredAt: new Date(now).toISOString(),
      }),
    )
  }
  const settings = /^\/accounts\/([^/]+)\/settings$/.exec(path)
  if (settings) {
    const accountId = decodeURIComponent(settings[1] as string)
    const account = sandbox.accounts.get(accountId)
    if (!account) return adminError(404, `Failed to find "account ${accountId}": no such account.`)
    if (method === 'PATCH') {
      if (typeof body.apiActivated !== 'boolean')
        return adminError(
          400,
          'Failed to update "reskyt settings": apiActivated must be a boolean.',
        )
      account.settings.reskyt = { ...account.settings.reskyt, apiActivated: body.apiActivated }
    }
    return json(200, settingsOf(account))
  }
  return undefined
}
