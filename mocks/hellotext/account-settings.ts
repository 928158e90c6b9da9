/**
 * What one account is to Hellotext, kept in `account.settings.hellotext`: its public Business ID
 * (the second credential, the bearer of the public browser routes), the tracking generation the
 * sandbox plays for it, the messaging integrations it has enabled, and its public metadata.
 *
 * The Business ID is registered as a second `hellotext` key of the account, with the scope
 * `public` only, so that the engine authenticates it like the private token but a private route
 * refuses it (see `scopeOf` in service.ts). It is derived from the account id, so it is the same
 * after every reset and consumes none of the sandbox's dice [INF].
 *
 * @see shared/research/hellotext-reskyt.md A1 (two credentials [DOC/SDK]), A4 (two generations [DOC])
 */
import type { components } from '../../src/generated/hellotext.ts'
import type { Account, AccountRegistry } from '../sandbox/accounts.ts'
import type { RouteContext } from '../sandbox/define-route.ts'
import { createIdGenerator } from '../sandbox/records/ids.ts'
import { rejectWith, SandboxError } from '../sandbox/sandbox-error.ts'
import { unauthorized } from './errors.ts'

type Schemas = components['schemas']

export type Generation = '2022' | 'current'
export const GENERATIONS: readonly Generation[] = ['2022', 'current']

/** The tracking generation a fresh account plays: the mission's default (201 `{"state":"ok"}`). */
export const DEFAULT_GENERATION: Generation = '2022'

export const TECHNOLOGIES = ['sms', 'whatsapp', 'instagram', 'mercadolibre'] as const
export type Technology = (typeof TECHNOLOGIES)[number]

/** The scope of a Business ID key; private routes need `private`. */
export const PUBLIC_SCOPE = 'public'
export const PRIVATE_SCOPE = 'private'

export interface HellotextAccountSettings {
  businessId?: string
  generation?: Generation
  /** Messaging channels whose integration is enabled; all of them unless set [INF]. */
  integrations?: Technology[]
  /** Overrides of the public business metadata (`getBusiness`). */
  business?: Record<string, unknown>
  /**
   * Refuse parameters of the other tracking generation with a 422 instead of ignoring them with a
   * journal warning [INF]. @default false
   */
  strict?: boolean
}

export function settingsOf(account: Account): HellotextAccountSettings {
  account.settings.hellotext ??= {}
  return account.settings.hellotext as HellotextAccountSettings
}

export function isGeneration(value: unknown): value is Generation {
  return value === '2022' || value === 'current'
}

export function generationOf(account: Account): Generation {
  const chosen = settingsOf(account).generation
  return isGeneration(chosen) ? chosen : DEFAULT_GENERATION
}

export function isStrict(account: Account): boolean {
  return settingsOf(account).strict === true
}

export function integrationsOf(account: Account): readonly Technology[] {
  return settingsOf(account).integrations ?? TECHNOLOGIES
}

/** A stable 32-bit seed from a string (FNV-1a): ids derived from it need none of the sandbox's dice. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/** The Business ID a fresh account gets: 8 base62 characters like `4ONLdN32`, from its id. */
export function deriveBusinessId(accountId: string): string {
  return createIdGenerator(seedOf(`hellotext-business:${accountId}`)).alphanumeric(8)
}

/**
 * The account's Business ID, derived (or taken from its settings) and registered as a `public`
 * key: when the account is created, and again when its settings or fixtures name another one.
 * Throws a SandboxError when the chosen id is malformed or another account's.
 */
export function ensureBusinessId(accounts: AccountRegistry, account: Account): string {
  const settings = settingsOf(account)
  const businessId = settings.businessId ?? deriveBusinessId(account.id)
  if (!/^[A-Za-z0-9]{8}$/.test(businessId))
    throw new SandboxError(
      400,
      `settings.hellotext.businessId must be 8 letters or digits, got ${JSON.stringify(businessId)}`,
    )
  const holder = accounts.authenticate('hellotext', businessId)
  if (holder && holder.account.id !== account.id)
    throw new SandboxError(
      409,
      `Business ID ${businessId} already belongs to ${holder.account.name}`,
    )
  if (!holder) accounts.addKey(account.id, 'hellotext', [PUBLIC_SCOPE], businessId)
  settings.businessId = businessId
  return businessId
}

/**
 * The caller's account on a public route: only the Business ID opens the public browser API; the
 * private token is a secret that hellotext.js never holds [INF], so it is refused with a 401.
 */
export function publicAccountOf(ctx: Pick<RouteContext, 'account' | 'key'>): Account {
  if (ctx.key.value !== settingsOf(ctx.account).businessId) throw rejectWith(unauthorized())
  return ctx.account
}

/** The account's Hellotext settings as the admin API shows them, defaults filled in. */
export function settingsView(account: Account) {
  const settings = settingsOf(account)
  return {
    businessId: settings.businessId,
    generation: generationOf(account),
    integrations: [...integrationsOf(account)],
    business: settings.business ?? {},
    strict: isStrict(account),
  }
}

/** The public metadata hellotext.js reads (`GET /v1/public/businesses/{id}`). */
export function businessOf(account: Account, webchatId: string | undefined): Schemas['Business'] {
  const settings = settingsOf(account)
  const id = settings.businessId as string
  return {
    id,
    // Defaults are the spec's example business [INF]; `business` settings override them.
    country: { code: 'UY', prefix: '598' },
    features: { webchat: webchatId !== undefined, forms: true },
    locale: 'es',
    style_url: `https://cdn.hellotext.com/styles/${id}.css`,
    // hellotext.js's initialize() rejects a `whatsapp` that is not a plain object [CODE: hellotext.js].
    webchat: webchatId === undefined ? null : { id: webchatId, appearance: {}, whatsapp: {} },
    whitelist: 'disabled',
    subscription: 'active',
    ...settings.business,
  }
}
