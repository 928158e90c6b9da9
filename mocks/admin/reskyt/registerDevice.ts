// registerDevice: POST /__admin/reskyt/devices — a token the account's app knows; pushes to other
// tokens are kept but flagged. 201 when new, 200 when the account already had it.
import { defineRoute } from '../define-route.ts'
import { accountOf } from '../state.ts'

export const registerDevice = defineRoute('registerDevice', (ctx, state) => {
  const { token, platform } = ctx.body
  const accountId =
    ctx.body.accountId === undefined
      ? state.defaultAccount.id
      : accountOf(state, ctx.body.accountId).id
  const devices = state.reskyt.devices
  const existing = devices.findFirst((q) => q.where({ accountId, token }))
  if (existing) return { status: 200, body: existing }
  const device = devices.insert({
    accountId,
    token,
    ...(platform ? { platform } : {}),
    registeredAt: new Date(state.clock.now()).toISOString(),
  })
  return { status: 201, body: device }
})
