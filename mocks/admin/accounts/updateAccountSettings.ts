// updateAccountSettings: PATCH /__admin/accounts/{id}/settings — merges settings per service.
import { defineRoute } from '../define-route.ts'
import { accountOf } from '../state.ts'
import { changeSettings, settingsView } from './account-settings.ts'

export const updateAccountSettings = defineRoute('updateAccountSettings', (ctx, state) => {
  const account = accountOf(state, ctx.params.id)
  changeSettings(state, account, ctx.body)
  return { status: 200, body: settingsView(account) }
})
