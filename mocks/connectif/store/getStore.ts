// getStore: GET /store/ — the store (account) that owns the key.
// Behaviour: shared/research/connectif.md §4 — route [CODE], shape [UNK]; id = account id, name, url, timezone (default Europe/Madrid) and authorized domains from the account settings [INF].
import { settingsOf, storeTimezone } from '../account-settings.ts'
import { defineRoute } from '../define-route.ts'

export const getStore = defineRoute('getStore', (ctx) => {
  const { account } = ctx
  const { store, allowedDomains } = settingsOf(account)
  return {
    status: 200,
    body: {
      id: account.id,
      name: store.name ?? account.name,
      ...(store.url ? { url: store.url } : {}),
      timezone: storeTimezone(account),
      allowedDomains,
    },
  }
})
