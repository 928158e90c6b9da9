/**
 * Small pieces every Hellotext route uses: the caller's account (private token or Business ID),
 * Unix-seconds timestamps, list pages, and the object checks shared by several routes.
 *
 * @see shared/research/hellotext-reskyt.md A1 (credentials), A2 (pagination [DOC: APIREF])
 */
import type { Account } from '../sandbox/accounts.ts'
import { isFailure } from '../sandbox/failures.ts'
import type { RouteResult } from '../sandbox/route-result.ts'
import { type RouteContext, requireAccount } from '../sandbox/service-definition.ts'
import { ensureBusinessId, settingsOf } from './account-settings.ts'
import { ambiguous, notFound, unauthorized } from './errors.ts'
import type { HellotextState, Owned } from './state.ts'

/**
 * The caller's account on a private route. The engine has already refused a Business ID there
 * (scope `private`); an account created after start gets its Business ID here at the latest.
 */
export function accountOf(ctx: RouteContext, state: HellotextState): Account {
  const account = requireAccount(ctx)
  if (settingsOf(account).businessId === undefined) ensureBusinessId(state.core, account)
  return account
}

/**
 * The caller's account on a public route, or a 401: only the Business ID opens the public
 * browser API; the private token is a secret that hellotext.js never holds [INF].
 */
export function publicAccountOf(ctx: RouteContext): Account | RouteResult {
  const account = ctx.account
  if (!account || ctx.key?.value !== settingsOf(account).businessId) return unauthorized()
  return account
}

/** True when a helper returned an answer instead of a value. */
export function isResult(value: unknown): value is RouteResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    typeof (value as { status: unknown }).status === 'number' &&
    !isFailure(value)
  )
}

/** Sandbox time in Unix seconds, the form of every Hellotext timestamp [DOC: HELP-2022 session]. */
export const seconds = (ms: number) => Math.floor(ms / 1000)

/** 25 a page unless `limit` says otherwise [DOC: APIREF]. */
export const DEFAULT_LIMIT = 25

/**
 * One page of `items` (already newest first): `starting_after=<id>` gives the items after that
 * one, `ending_before=<id>` the ones before it, each excluding the cursor [DOC: APIREF]. An unknown
 * cursor is 404 [INF]; both cursors at once are ambiguous [INF].
 */
export function listPage<T extends Owned>(ctx: RouteContext, items: T[]): T[] | RouteResult {
  const limit = (ctx.query.limit as number | undefined) ?? DEFAULT_LIMIT
  const after = ctx.query.starting_after as string | undefined
  const before = ctx.query.ending_before as string | undefined
  if (after !== undefined && before !== undefined)
    return ambiguous('ending_before', 'Send starting_after or ending_before, not both.')
  if (after !== undefined) {
    const at = items.findIndex((item) => item.id === after)
    if (at < 0) return notFound('starting_after')
    return items.slice(at + 1, at + 1 + limit)
  }
  if (before !== undefined) {
    const at = items.findIndex((item) => item.id === before)
    if (at < 0) return notFound('ending_before')
    return items.slice(Math.max(0, at - limit), at)
  }
  return items.slice(0, limit)
}

/** A new 8-character id (`vxqQJ3Yg`) that no record of `table` in the account has yet. */
export function newId(ctx: RouteContext, taken: (id: string) => boolean): string {
  for (;;) {
    const id = ctx.sandbox.ids.alphanumeric(8)
    if (!taken(id)) return id
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Round money to cents, so sums of decimal prices read as they would on a receipt. */
export const money = (amount: number) => Math.round(amount * 100) / 100
