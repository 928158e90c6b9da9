// getStore: GET /store/ — the store (account) that owns the key.
// Behaviour: shared/research/connectif.md §4 — route [CODE], shape [UNK]; id = account id, name, url, timezone (default Europe/Madrid) and authorized domains from the account settings [INF].
import { json } from '../../sandbox/route-result.ts'
import type { RouteHandler } from '../../sandbox/service-definition.ts'
import { storeTimezone } from '../exports-model.ts'
import { accountOf } from '../route-helpers.ts'
import type { ConnectifState } from '../state.ts'

export const getStore: RouteHandler<ConnectifState> = (ctx, state) => {
  const account = accountOf(ctx)
  const settings = state.accountSettings(account.id)
  return json(200, {
    id: account.id,
    name: settings.store.name ?? account.name,
    ...(settings.store.url ? { url: settings.store.url } : {}),
    timezone: storeTimezone(state, account.id),
    allowedDomains: [...settings.allowedDomains],
  })
}
