/**
 * The bookkeeping of a widget the admin API creates (a form, a popup, a webchat): the given id or
 * a fresh one, which no widget of that table in the account may already have (409).
 */
import type { Owned } from '../../hellotext/records.ts'
import { formatMessage } from '../../sandbox/format-message.ts'
import { SandboxError } from '../../sandbox/sandbox-error.ts'
import type { AdminState } from '../state.ts'

export function widgetBase(
  state: AdminState,
  accountId: string,
  id: string | undefined,
  taken: (id: string) => boolean,
): Owned {
  const chosen = id ?? state.ids.alphanumeric(8)
  if (taken(chosen))
    throw new SandboxError(
      409,
      formatMessage('create', 'hellotext widget', `id ${chosen} is taken`),
    )
  return { accountId, id: chosen, seq: state.hellotext.nextSeq() }
}
