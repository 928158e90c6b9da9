// getSummary: GET /__admin/summary — what the dashboard draws in one read: accounts with keys and
// rate-limit gauges, Connectif's records and jobs (played forward to the clock), Hellotext profiles.
import { webSettingsOf } from '../../connectif/browser/web-settings.ts'
import { contactResource } from '../../connectif/contacts/contacts.ts'
import { catchUpExports } from '../../connectif/exports/exports.ts'
import { playImportsForward } from '../../connectif/imports/run-imports.ts'
import { productResource } from '../../connectif/products/products.ts'
import { purchaseResource } from '../../connectif/purchases/purchases.ts'
import { settingsOf as hellotextSettingsOf } from '../../hellotext/account-settings.ts'
import { profileResource } from '../../hellotext/profiles/profiles.ts'
import type { Account } from '../../sandbox/accounts.ts'
import { clockView } from '../clock/clock-view.ts'
import { defineRoute } from '../define-route.ts'
import type { AdminState } from '../state.ts'
import { newest } from './newest.ts'

export const getSummary = defineRoute('getSummary', async (ctx, state) => {
  const limit = ctx.query.limit ?? 50
  const now = state.clock.now()
  const accounts = state.accounts.list()
  const connectif = state.connectif
  // Jobs move only when their account is served: bring each up to the sandbox clock first.
  for (const { account } of accounts) {
    await playImportsForward(connectif, account, now, state.ids)
    catchUpExports(connectif, account.id, now)
  }
  const scoped = <T extends { accountId: string }, V>(record: T, view: (record: T) => V) => ({
    ...view(record),
    accountId: record.accountId,
  })
  return {
    status: 200,
    body: {
      clock: clockView(state.clock),
      services: state.services.map(({ name, hosts }) => ({
        name: name as 'connectif',
        prefix: `/${name}`,
        hosts: [...hosts],
      })),
      accounts: accounts.map(({ account, keys }) => ({
        id: account.id,
        name: account.name,
        keys,
        ...optional('businessId', hellotextSettingsOf(account).businessId),
        ...optional('webClientId', webSettingsOf(account).webClientId),
        rateLimits: gaugesOf(state, account),
      })),
      connectif: {
        contacts: page(connectif.contacts, limit, (c) => scoped(c, contactResource)),
        products: page(connectif.products, limit, (p) => scoped(p, productResource)),
        purchases: page(connectif.purchases, limit, (p) => scoped(p, purchaseResource)),
        imports: page(connectif.imports, limit, (job) => ({
          id: job.id,
          accountId: job.accountId,
          ...optional('kind', job.type),
          status: job.status ?? 'queued',
          done: job.processed,
          total: job.total ?? job.pendingRows.length,
          ...optional('createdAt', job.createdAt),
          ...optional('finishedAt', job.finishedAt),
        })),
        exports: page(connectif.exports, limit, (job) => ({
          id: job.id,
          accountId: job.accountId,
          ...optional('kind', job.exportType),
          status: job.status ?? 'queued',
          done: job.progress ?? 0,
          total: job.total ?? 0,
          ...optional('createdAt', job.createdAt),
          ...optional('finishedAt', job.finishedAt),
        })),
      },
      hellotext: {
        profiles: page(state.hellotext.profiles, limit, (p) => scoped(p, profileResource)),
      },
    },
  }
})

/** One gauge per service the account is limited on: its own limit, else the service's default. */
function gaugesOf(state: AdminState, account: Account) {
  const limits = { ...state.defaultRateLimits, ...account.rateLimits }
  const open = new Map(
    state.rateLimiter
      .windows()
      .filter((window) => window.accountId === account.id)
      .map((window) => [window.service, window]),
  )
  return Object.entries(limits).map(([service, limit]) => {
    const window = open.get(service)
    return {
      service: service as 'connectif',
      limit,
      used: window?.used ?? 0,
      ...optional('resetAt', window?.resetAt),
    }
  })
}

function page<T, V>(table: { size: number; all(): Iterable<T> }, limit: number, view: (r: T) => V) {
  return { total: table.size, items: newest(table.all(), limit).map(view) }
}

/** `{ [name]: value }` when there is a value: the schema has no nulls. */
function optional<Name extends string, V>(name: Name, value: V | undefined) {
  return (value === undefined ? {} : { [name]: value }) as Partial<Record<Name, V>>
}
