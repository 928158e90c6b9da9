/**
 * Reads `martech-sandbox.config.json` (or `--config <file>`) and checks it against the published
 * schema before anything starts: each problem names its JSON path and the reason, on one line,
 * and `serve` exits 2. A missing default file is no config; a missing `--config` file is an error.
 *
 * @example
 * const found = await readConfig(undefined, process.cwd())
 * found?.config.port // 4010, if the file says so
 */
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { locateIssues } from '../../../src/openapi/schema-issues.ts'
import type { FaultRule } from '../../sandbox/pipeline/faults.ts'
import type { RetentionLimits } from '../../sandbox/retention.ts'
import { CliError } from '../cli-error.ts'
import { buildConfigSchema, CONFIG_FILE_NAME } from './config-schema.ts'

// ajv-formats is CommonJS; under nodenext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

export interface FixtureFile {
  accounts: Array<Record<string, unknown>>
}

/** The file's options, as the schema allows them (null: the default). */
export interface SandboxConfig {
  host?: string
  port?: number
  publicUrl?: string | null
  trustProxy?: 'loopback' | 'always' | 'never'
  tls?: boolean
  dataDir?: string | null
  data?: string | null
  adminToken?: string | null
  insecureAdmin?: boolean
  allowedHosts?: string[]
  seed?: number | null
  fixtures?: string | FixtureFile | null
  accounts?: Array<Record<string, unknown>>
  hellotextGeneration?: '2022' | 'current'
  faults?: FaultRule[]
  retention?: Partial<RetentionLimits>
}

export interface FoundConfig {
  /** The file, as given or found. */
  file: string
  /** Its directory: relative paths in it (fixtures, data, dataDir) resolve from there. */
  dir: string
  config: SandboxConfig
}

export async function readConfig(
  explicit: string | undefined,
  cwd: string,
): Promise<FoundConfig | undefined> {
  const file = explicit ?? CONFIG_FILE_NAME
  let text: string
  try {
    text = await readFile(resolve(cwd, file), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // No file where serve looks by default: flags and defaults only, as before config files.
    if (explicit === undefined && code === 'ENOENT') return undefined
    throw new CliError(
      `cannot read config file "${file}": ${code ?? (error as Error).message}`,
      'E_CONFIG',
    )
  }
  let config: unknown
  try {
    config = JSON.parse(text)
  } catch (error) {
    throw new CliError(`config file "${file}" is not JSON: ${(error as Error).message}`, 'E_CONFIG')
  }
  const problems = checkConfig(config)
  if (problems.length > 0)
    throw new CliError(`config file "${file}" is invalid: ${problems.join('; ')}`, 'E_CONFIG')
  return { file, dir: dirname(resolve(cwd, file)), config: config as SandboxConfig }
}

let validate: ReturnType<Ajv2020['compile']> | undefined

/** Every way `config` breaks the schema, as `$.path reason`; none when it is valid. */
export function checkConfig(config: unknown): string[] {
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    validate = ajv.compile(buildConfigSchema())
  }
  if (validate(config)) return []
  return locateIssues(validate.errors).map((issue) => `${issue.path} ${issue.message}`)
}
