/** Reskyt's provider states: device tokens the account's app knows, and the push API switch. */
import { defineProviderState } from './define-provider-state.ts'
import { seedFixtures } from './seed-fixtures.ts'

export const reskytStates = [
  defineProviderState({
    name: 'device {token} is registered',
    setup({ sandbox, accountId, params }) {
      const token = String(params.token)
      const known = sandbox.reskyt.devices.findFirst((q) =>
        q.where((d) => d.accountId === accountId && d.token === token),
      )
      if (!known) seedFixtures(sandbox, accountId, 'reskyt', { devices: [{ token }] })
      return undefined
    },
  }),
  defineProviderState({
    name: 'the push API is not activated for the account',
    setup({ sandbox, accountId }) {
      seedFixtures(sandbox, accountId, 'reskyt', { apiActivated: false })
      return undefined
    },
    teardown({ sandbox, accountId }) {
      seedFixtures(sandbox, accountId, 'reskyt', { apiActivated: true })
    },
  }),
]
