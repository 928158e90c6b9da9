/**
 * What `serve` runs with: each option from its flag when one was given, else from the config
 * file, else its default; and where each value came from, for the start-up banner. Paths in the
 * config file are relative to the file.
 *
 * @example
 * const settings = resolveServeSettings(flags, (name) => command.getOptionValueSource(name), found)
 * settings.port.value // 4010
 * settings.port.source // 'config file'
 */
import { randomInt } from 'node:crypto'
import { isAbsolute, resolve } from 'node:path'
import type { FaultRule } from '../../sandbox/pipeline/faults.ts'
import type { RetentionLimits } from '../../sandbox/retention.ts'
import type { TrustProxy } from '../../server/public-origin.ts'
import { CliError } from '../cli-error.ts'
import { buildConfigSchema } from './config-schema.ts'
import type { FixtureFile, FoundConfig, SandboxConfig } from './read-config.ts'

export type SettingSource = 'flag' | 'env' | 'config file' | 'default' | 'random'

export interface Setting<T> {
  value: T
  source: SettingSource
}

/** The flags `serve` declares, as commander hands them over (strings until checked). */
export interface ServeFlags {
  port: string
  host: string
  /** The fixture file (`--seed <file>`). */
  seed?: string
  trustProxy: string
  publicUrl?: string
  tls?: boolean
  dataDir: string
  config?: string
  adminToken?: string
  insecureAdmin?: boolean
  allowedHost?: string[]
  seedRandom?: string
  /** Persistence (`--data <file>`), when that flag is declared. */
  data?: string
}

export interface ServeSettings {
  host: Setting<string>
  port: Setting<number>
  publicUrl: Setting<string | undefined>
  trustProxy: Setting<TrustProxy>
  tls: Setting<boolean>
  dataDir: Setting<string | undefined>
  data: Setting<string | undefined>
  /** `'random'` is resolved: the token made for this start. */
  adminToken: Setting<string | undefined>
  insecureAdmin: Setting<boolean>
  allowedHosts: Setting<string[]>
  seed: Setting<number>
  /** A path (resolved), or fixtures given inline in the config file. */
  fixtures: Setting<string | FixtureFile | undefined>
  accounts: Setting<Array<Record<string, unknown>>>
  hellotextGeneration: Setting<'2022' | 'current'>
  faults: Setting<FaultRule[]>
  retention: Setting<Partial<RetentionLimits>>
}

const TRUST_PROXY = new Map<string, TrustProxy>([
  ['loopback', 'loopback'],
  ['always', true],
  ['never', false],
])

type FlagSource = string | undefined

export function resolveServeSettings(
  flags: ServeFlags,
  sourceOf: (flag: keyof ServeFlags) => FlagSource,
  found: FoundConfig | undefined,
  makeToken: () => string,
): ServeSettings {
  const config: SandboxConfig = found?.config ?? {}
  const defaults = buildConfigSchema().properties
  const fromFile = (path: string) => (found && !isAbsolute(path) ? resolve(found.dir, path) : path)

  /** The flag when given, else the file's value (null is "not set"), else the default. */
  function pick<T>(
    name: keyof SandboxConfig,
    flag: keyof ServeFlags | undefined,
    parse: (raw: never) => T,
    fallback?: T,
  ): Setting<T> {
    const source = flag ? sourceOf(flag) : undefined
    if (flag && (source === 'cli' || source === 'env') && flags[flag] !== undefined)
      return { value: parse(flags[flag] as never), source: source === 'env' ? 'env' : 'flag' }
    const inFile = config[name]
    if (inFile !== undefined && inFile !== null)
      return { value: parse(inFile as never), source: 'config file' }
    const byDefault = flag && flags[flag] !== undefined ? flags[flag] : defaults[name]?.default
    return {
      value:
        byDefault === undefined || byDefault === null ? (fallback as T) : parse(byDefault as never),
      source: 'default',
    }
  }

  const same = <T>(value: T) => value
  const port = pick('port', 'port', (raw: string | number) => {
    const text = String(raw)
    if (!/^\d+$/.test(text) || Number(text) > 65535)
      throw new CliError(`--port must be a number from 0 to 65535, got "${text}"`, 'E_BAD_FLAG')
    return Number(text)
  })
  const trustProxy = pick('trustProxy', 'trustProxy', (raw: string) => {
    const value = TRUST_PROXY.get(raw)
    if (value === undefined)
      throw new CliError(
        `--trust-proxy must be loopback, always or never, got "${raw}"`,
        'E_BAD_FLAG',
      )
    return value
  })
  const seed = pick('seed', 'seedRandom', (raw: string | number) => {
    const text = String(raw)
    if (!/^\d+$/.test(text) || Number(text) > 4294967295)
      throw new CliError(
        `--seed-random must be a whole number from 0 to 4294967295, got "${text}"`,
        'E_BAD_FLAG',
      )
    return Number(text)
  })
  const adminToken = pick('adminToken', 'adminToken', (raw: string) => {
    if (raw === 'random') return raw
    if (raw.length < 16 || /\s/.test(raw))
      throw new CliError(
        '--admin-token must be at least 16 characters with no spaces, or "random"',
        'E_BAD_FLAG',
      )
    return raw
  })
  // A path in the file is relative to the file; on the command line, to the working directory.
  const inFile = <T>(setting: Setting<T>, path: (value: T) => T) =>
    setting.source === 'config file' ? { ...setting, value: path(setting.value) } : setting
  const fixtures = inFile(pick('fixtures', 'seed', same<string | FixtureFile>), (value) =>
    typeof value === 'string' ? fromFile(value) : value,
  )
  return {
    host: pick('host', 'host', same<string>),
    port,
    publicUrl: pick('publicUrl', 'publicUrl', same<string>),
    trustProxy,
    tls: pick('tls', 'tls', Boolean, false),
    dataDir: inFile(pick('dataDir', 'dataDir', same<string>), (dir) => dir && fromFile(dir)),
    data: inFile(pick('data', 'data', same<string>), (file) => file && fromFile(file)),
    adminToken:
      adminToken.value === 'random' ? { value: makeToken(), source: 'random' } : adminToken,
    insecureAdmin: pick('insecureAdmin', 'insecureAdmin', Boolean, false),
    allowedHosts: pick('allowedHosts', 'allowedHost', (raw: string[]) => [...raw], []),
    seed: seed.value === undefined ? { value: randomInt(0, 2 ** 32 - 1), source: 'random' } : seed,
    fixtures,
    accounts: pick('accounts', undefined, (raw: Array<Record<string, unknown>>) => raw, []),
    hellotextGeneration: pick('hellotextGeneration', undefined, same<'2022' | 'current'>),
    faults: pick('faults', undefined, (raw: FaultRule[]) => raw, []),
    retention: pick('retention', undefined, (raw: Partial<RetentionLimits>) => raw, {}),
  }
}
