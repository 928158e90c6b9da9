// listDevices: GET /__admin/reskyt/devices — the device tokens accounts' apps know.
import { defineRoute } from '../define-route.ts'

export const listDevices = defineRoute('listDevices', (ctx, state) => {
  const { accountId } = ctx.query
  const devices = state.reskyt.devices.findMany(
    accountId === undefined ? undefined : (q) => q.where({ accountId }),
  )
  return { status: 200, body: { devices } }
})
