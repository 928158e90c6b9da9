/**
 * Accounts and their API keys. An API key belongs to one account and one service; keys of
 * account A never see account B's data. Each service says how its keys look (`keyId:secret` for
 * Connectif, a bearer token for Hellotext, an `x-api-key` for Reskyt).
 *
 * @example
 * const { account, keys } = accounts.create({ name: 'shop-a', rateLimits: { connectif: 100 } })
 * accounts.authenticate('connectif', keys.connectif) // → { account, key }
 */
import { formatMessage } from './format-message.ts'
import type { IdGenerator } from './records/ids.ts'
import { SandboxError } from './sandbox-error.ts'

export interface Account {
  id: string
  name: string
  /** Requests per minute, per service, overriding the service's default. */
  rateLimits: Record<string, number>
  /** Per-account switches a service reads, e.g. `{ hellotext: { generation: 'current' } }`. */
  settings: Record<string, Record<string, unknown>>
  createdAt: number
}

export interface ApiKey {
  service: string
  value: string
  accountId: string
  /** `'*'` grants every scope. */
  scopes: ReadonlySet<string>
}

export interface CreateAccountInput {
  name?: string
  rateLimits?: Record<string, number>
  /** Scopes per service; a service left out gets every scope. */
  scopes?: Record<string, string[]>
  settings?: Record<string, Record<string, unknown>>
}

/** How one service mints its keys. */
export type KeyFactory = (ids: IdGenerator) => string

export interface AuthenticatedKey {
  account: Account
  key: ApiKey
}

export class AccountRegistry {
  readonly #ids: IdGenerator
  readonly #now: () => number
  readonly #keyFactories: Map<string, KeyFactory>
  readonly #prepare: (account: Account) => void
  readonly #accounts = new Map<string, Account>()
  readonly #keys = new Map<string, ApiKey>()

  /** `prepare` runs for every new account, e.g. to register keys a service derives from it. */
  constructor(
    ids: IdGenerator,
    now: () => number,
    keyFactories: Map<string, KeyFactory>,
    prepare: (account: Account) => void = () => {},
  ) {
    this.#ids = ids
    this.#now = now
    this.#keyFactories = keyFactories
    this.#prepare = prepare
  }

  create(input: CreateAccountInput = {}): { account: Account; keys: Record<string, string> } {
    const account: Account = {
      id: `acct_${this.#ids.alphanumeric(12)}`,
      name: input.name ?? `account-${this.#accounts.size + 1}`,
      rateLimits: { ...input.rateLimits },
      settings: structuredClone(input.settings ?? {}),
      createdAt: this.#now(),
    }
    for (const [service, limit] of Object.entries(account.rateLimits)) {
      if (!Number.isInteger(limit) || limit < 1) {
        throw new SandboxError(
          400,
          formatMessage(
            'create',
            `account ${account.name}`,
            `rateLimits.${service} must be a positive integer, got ${limit}`,
          ),
        )
      }
    }
    this.#accounts.set(account.id, account)
    const keys: Record<string, string> = {}
    for (const [service, mint] of this.#keyFactories) {
      keys[service] = this.addKey(
        account.id,
        service,
        input.scopes?.[service] ?? ['*'],
        mint(this.#ids),
      ).value
    }
    try {
      this.#prepare(account)
    } catch (error) {
      // An account its services refuse (a Business ID already taken) is not half-created.
      this.#remove(account.id)
      throw error
    }
    return { account, keys }
  }

  #remove(accountId: string): void {
    this.#accounts.delete(accountId)
    for (const [index, key] of this.#keys) if (key.accountId === accountId) this.#keys.delete(index)
  }

  /** Registers a key with a chosen value (fixtures) or a minted one. */
  addKey(accountId: string, service: string, scopes: string[], value?: string): ApiKey {
    if (!this.#accounts.has(accountId))
      throw new SandboxError(404, formatMessage('add', `key to ${accountId}`, 'no such account'))
    const mint = this.#keyFactories.get(service)
    if (!mint)
      throw new SandboxError(404, formatMessage('add', `${service} key`, 'no such service'))
    const key: ApiKey = {
      service,
      value: value ?? mint(this.#ids),
      accountId,
      scopes: new Set(scopes),
    }
    this.#keys.set(`${service}\u0000${key.value}`, key)
    return key
  }

  authenticate(service: string, credential: string): AuthenticatedKey | undefined {
    const key = this.#keys.get(`${service}\u0000${credential}`)
    if (!key) return undefined
    const account = this.#accounts.get(key.accountId)
    return account ? { account, key } : undefined
  }

  get(accountId: string): Account | undefined {
    return this.#accounts.get(accountId)
  }

  list(): Array<{ account: Account; keys: Record<string, string[]> }> {
    return [...this.#accounts.values()].map((account) => ({
      account,
      keys: this.keysOf(account.id),
    }))
  }

  keysOf(accountId: string): Record<string, string[]> {
    const keys: Record<string, string[]> = {}
    for (const key of this.#keys.values()) {
      if (key.accountId !== accountId) continue
      keys[key.service] = [...(keys[key.service] ?? []), key.value]
    }
    return keys
  }

  clear(): void {
    this.#accounts.clear()
    this.#keys.clear()
  }

  /** Every account and key as stored, for a store to save (scopes as arrays). */
  saved(): SavedAccounts {
    return {
      accounts: [...this.#accounts.values()],
      keys: [...this.#keys.values()].map((key) => ({ ...key, scopes: [...key.scopes] })),
    }
  }

  /** Takes back saved accounts and keys as they were, in place of the current ones. */
  restore(saved: SavedAccounts): void {
    this.clear()
    for (const account of saved.accounts) this.#accounts.set(account.id, account)
    for (const key of saved.keys)
      this.#keys.set(`${key.service}\u0000${key.value}`, { ...key, scopes: new Set(key.scopes) })
  }
}

export interface SavedAccounts {
  accounts: Account[]
  keys: Array<Omit<ApiKey, 'scopes'> & { scopes: string[] }>
}

export function hasScope(key: ApiKey, scope: string): boolean {
  return key.scopes.has('*') || key.scopes.has(scope)
}
