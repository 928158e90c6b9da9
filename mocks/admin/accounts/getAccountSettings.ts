// getAccountSettings: GET /__admin/accounts/{id}/settings — every service's settings of the account.
import { defineRoute } from '../define-route.ts'
import { accountOf } from '../state.ts'
import { settingsView } from './account-settings.ts'

export const getAccountSettings = defineRoute('getAccountSettings', (ctx, state) => ({
  status: 200,
  body: settingsView(accountOf(state, ctx.params.id)),
}))
