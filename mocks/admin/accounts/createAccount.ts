// createAccount: POST /__admin/accounts — an account with one new key per service; its limits,
// scopes and settings per service (the settings as PATCH /accounts/{id}/settings takes them).
import { defineRoute } from '../define-route.ts'

export const createAccount = defineRoute('createAccount', (ctx, state) => {
  const { account, keys } = state.accounts.create(ctx.body ?? {})
  return {
    status: 201,
    body: { id: account.id, name: account.name, rateLimits: account.rateLimits, keys },
  }
})
