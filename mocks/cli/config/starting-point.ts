/**
 * What `serve` starts from, and what `POST /__admin/reset` returns to: the config file's accounts
 * (keys, scopes, rate limits, settings, data), then the fixture file's, the Hellotext generation
 * they answer with, and the config file's fault rules. A problem is a one-line CliError naming
 * the file and the JSON path.
 *
 * @example
 * startServer({ startingPoint: buildStartingPoint({ accounts, faults, generation, configFile }) })
 */
import type { Sandbox } from '../../create-sandbox.ts'
import type { FaultRule } from '../../sandbox/pipeline/faults.ts'
import { loadFixtures } from '../../server/load-fixtures.ts'
import { CliError } from '../cli-error.ts'
import type { FixtureFile } from './read-config.ts'

export interface StartingPointInput {
  /** The config file's accounts, and the file's name for messages. */
  accounts: Array<Record<string, unknown>>
  configFile?: string
  /** The fixture file's contents, and its name for messages. */
  fixtures?: FixtureFile
  fixturesSource?: string
  /** Set only when configured: the default account's and these accounts' tracking API. */
  hellotextGeneration?: '2022' | 'current'
  faults: FaultRule[]
}

export function buildStartingPoint(
  input: StartingPointInput,
): ((sandbox: Sandbox) => void) | undefined {
  const generation = input.hellotextGeneration
  const withGeneration = (accounts: Array<Record<string, unknown>>) =>
    generation === undefined
      ? accounts
      : accounts.map((account) => withTracking(account, generation))
  const configAccounts = withGeneration(input.accounts)
  // The default account answers with the configured generation too, named or not.
  if (generation !== undefined && !configAccounts.some((account) => account.name === 'default'))
    configAccounts.unshift(withTracking({ name: 'default' }, generation))
  const fixtureAccounts = withGeneration(input.fixtures?.accounts ?? [])
  if (configAccounts.length === 0 && fixtureAccounts.length === 0 && input.faults.length === 0)
    return undefined
  return (sandbox) => {
    load(sandbox, configAccounts, input.configFile ?? 'config file')
    load(sandbox, fixtureAccounts, input.fixturesSource ?? 'fixtures')
    for (const [index, rule] of input.faults.entries()) {
      try {
        sandbox.faults.add(rule)
      } catch (error) {
        const reason = (error as Error).message.replace(/^\[martech-sandbox\] /, '')
        throw new CliError(
          `config file "${input.configFile}" is invalid: $.faults[${index}]: ${reason}`,
          'E_CONFIG',
        )
      }
    }
  }
}

function load(sandbox: Sandbox, accounts: Array<Record<string, unknown>>, source: string): void {
  if (accounts.length === 0) return
  try {
    loadFixtures(sandbox, { accounts }, source)
  } catch (error) {
    throw new CliError((error as Error).message, 'E_FIXTURES')
  }
}

/** The account with `settings.hellotext.generation`, unless its settings already name one. */
function withTracking(
  account: Record<string, unknown>,
  generation: string,
): Record<string, unknown> {
  const settings = (account.settings ?? {}) as Record<string, Record<string, unknown>>
  if (settings.hellotext?.generation !== undefined) return account
  return { ...account, settings: { ...settings, hellotext: { generation, ...settings.hellotext } } }
}
