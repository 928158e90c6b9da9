// listAccounts: GET /__admin/accounts — every account, oldest first, with every key of every service.
import { defineRoute } from '../define-route.ts'

export const listAccounts = defineRoute('listAccounts', (_ctx, state) => ({
  status: 200,
  body: { accounts: state.accounts.list().map(({ account, keys }) => ({ ...account, keys })) },
}))
