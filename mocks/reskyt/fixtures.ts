/** Reskyt data in a fixture file, per account: `devices` (`[{ token, platform? }]`) and `apiActivated`. */
import type { ReskytState } from './state.ts'

const SEEDED_AT = '2026-01-01T00:00:00.000Z'

export function seedReskytFixtures(state: ReskytState, accountId: string, data: unknown): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new TypeError('expected an object')
  const { devices, apiActivated, ...rest } = data as { devices?: unknown; apiActivated?: unknown }
  const unknown = Object.keys(rest)
  if (unknown.length)
    throw new TypeError(`unknown key "${unknown[0]}" (expected devices, apiActivated)`)
  if (apiActivated !== undefined) {
    if (typeof apiActivated !== 'boolean') throw new TypeError('"apiActivated" must be a boolean')
    state.accountSettings(accountId).apiActivated = apiActivated
  }
  if (devices === undefined) return
  if (!Array.isArray(devices)) throw new TypeError('"devices" must be an array')
  for (const [index, device] of devices.entries()) {
    if (typeof device?.token !== 'string' || !device.token)
      throw new TypeError(`devices[${index}] needs a token`)
    state.devices.insert({
      accountId,
      token: device.token,
      ...(device.platform ? { platform: device.platform } : {}),
      registeredAt: SEEDED_AT,
    })
  }
}
