// getCrmSettings: GET /__admin/jivochat/crm/settings — the reference CRM's default manager.
import { defineRoute } from '../define-route.ts'

export const getCrmSettings = defineRoute('getCrmSettings', (_ctx, state) => {
  const { crm } = state.jivochat
  const manager = crm.users.get(crm.settings.defaultManagerId)
  return { status: 200, body: { defaultManagerLogin: manager?.login } }
})
