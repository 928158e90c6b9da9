/**
 * Which account a Hellotext admin call reads or writes: `accountId` in the query, else in the
 * body, else the default account. An unknown id is the caller's mistake (404).
 */
import type { Account } from '../../sandbox/accounts.ts'
import { type AdminState, accountOf } from '../state.ts'

export function hellotextAccountOf(
  state: AdminState,
  query: { accountId?: string },
  body?: { accountId?: string },
): Account {
  const id = query.accountId ?? body?.accountId
  return id === undefined ? state.defaultAccount : accountOf(state, id)
}
