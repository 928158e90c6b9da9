/**
 * `martech-sandbox contracts verify|check`: consumer contract tests against the sandbox.
 * - `verify <pacts…>`: the pacts replayed against the sandbox as the provider (its own server on
 *   127.0.0.1:0, or `--url`), credentials swapped for a sandbox account's.
 * - `check <pacts…>`: every interaction checked against the provider's OpenAPI document.
 *
 * Exit codes: 0 every interaction holds; 1 one does not; 2 usage, or input that cannot be read
 * (a pact, a spec, a sandbox that cannot be reached).
 */
import type { Command } from 'commander'
import type { CliContext } from '../cli-context.ts'
import { CliError } from '../cli-error.ts'

interface VerifyFlags {
  url?: string
  account?: string
  json?: boolean
}

interface CheckFlags {
  spec?: string
  json?: boolean
}

/** The contracts library, loaded when a contracts command runs (it brings Pact along). */
const contracts = () => import('../../../contracts/index.ts')

export function registerContracts(program: Command, context: CliContext): void {
  const command = program
    .command('contracts')
    .description('consumer contract tests: pacts against the sandbox and the OpenAPI documents')
  command
    .command('verify <pacts...>')
    .description('verify Pact files against the sandbox as the provider')
    .option('--url <url>', 'a running sandbox (default: one started for this run)')
    .option('--account <id>', 'an account of that sandbox (default: one made for this run)')
    .option('--json', 'print the report as JSON')
    .action(async (pactFiles: string[], flags: VerifyFlags) => {
      const { formatVerification, verifyPacts } = await contracts()
      const report = await readingInput(() =>
        verifyPacts({ pactFiles, url: flags.url, account: flags.account }),
      )
      context.stdout(flags.json ? toJson(report) : formatVerification(report))
      const interactions = report.pacts.flatMap((pact) => pact.interactions)
      failIfBroken(interactions.filter((i) => !i.ok).length, interactions.length, 'interaction')
    })
  command
    .command('check <pacts...>')
    .description("check Pact files against the provider's OpenAPI document")
    .option('--spec <file>', 'the OpenAPI document (default: openapi/<provider>.yaml)')
    .option('--json', 'print the report as JSON')
    .action(async (pactFiles: string[], flags: CheckFlags) => {
      const { checkPacts, formatCheck } = await contracts()
      const report = await readingInput(() => checkPacts({ pactFiles, spec: flags.spec }))
      context.stdout(flags.json ? toJson(report) : formatCheck(report))
      const mismatches = report.pacts.reduce((sum, pact) => sum + pact.mismatches.length, 0)
      if (mismatches > 0)
        throw new CliError(
          `${mismatches} mismatch${mismatches === 1 ? '' : 'es'} with the OpenAPI document`,
          'E_CONTRACT',
          1,
        )
    })
}

const toJson = (report: unknown) => `${JSON.stringify(report, null, 2)}\n`

/** Runs a contracts task, turning input it cannot act on into a usage error (exit 2). */
export async function readingInput<T>(task: () => Promise<T>): Promise<T> {
  const { ContractsInputError } = await contracts()
  try {
    return await task()
  } catch (error) {
    if (error instanceof ContractsInputError) throw new CliError(error.message, 'E_INPUT')
    throw error
  }
}

/** Exit 1 with "2 of 14 interactions break the contract" when any did. */
export function failIfBroken(broken: number, total: number, noun: string): void {
  if (broken > 0)
    throw new CliError(
      `${broken} of ${total} ${noun}${total === 1 ? '' : 's'} ${broken === 1 ? 'breaks' : 'break'} the contract`,
      'E_CONTRACT',
      1,
    )
}
