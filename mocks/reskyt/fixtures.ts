/** Reskyt data in a fixture file, per account: `devices` (`[{ token, platform? }]`) and `apiActivated`. */
import type { Account } from '../sandbox/accounts.ts'
import { SandboxError } from '../sandbox/sandbox-error.ts'
import type { ReskytState } from './state.ts'

const SEEDED_AT = '2026-01-01T00:00:00.000Z'

const invalid = (reason: string) => new SandboxError(400, reason)

export function seedReskytFixtures(state: ReskytState, account: Account, data: unknown): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw invalid('expected an object')
  const { devices, apiActivated, ...rest } = data as { devices?: unknown; apiActivated?: unknown }
  const unknown = Object.keys(rest)
  if (unknown.length) throw invalid(`unknown key "${unknown[0]}" (expected devices, apiActivated)`)
  if (apiActivated !== undefined) {
    if (typeof apiActivated !== 'boolean') throw invalid('"apiActivated" must be a boolean')
    account.settings.reskyt = { ...account.settings.reskyt, apiActivated }
  }
  if (devices === undefined) return
  if (!Array.isArray(devices)) throw invalid('"devices" must be an array')
  for (const [index, device] of devices.entries()) {
    if (typeof device?.token !== 'string' || !device.token)
      throw invalid(`devices[${index}] needs a token`)
    state.devices.insert({
      accountId: account.id,
      token: device.token,
      ...(device.platform ? { platform: device.platform } : {}),
      registeredAt: SEEDED_AT,
    })
  }
}
