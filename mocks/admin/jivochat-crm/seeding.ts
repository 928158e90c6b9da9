/** Adding a CRM record from the admin API: bad input is 400, naming what was being added. */
import { formatMessage } from '../../sandbox/format-message.ts'
import { SandboxError } from '../../sandbox/sandbox-error.ts'

export function adding<T>(what: string, add: () => T): T {
  try {
    return add()
  } catch (error) {
    if (error instanceof SandboxError)
      throw new SandboxError(
        error.status,
        formatMessage('add', `jivochat crm ${what}`, error.message),
      )
    throw error
  }
}
